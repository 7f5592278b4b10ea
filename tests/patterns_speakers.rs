//! Speaker mentions, one named case per rule (issue 4: "unit tables for each … mention rule"):
//! titled and affiliated full names, later surnames, pronouns between two people of different
//! genders, role descriptors, appositive and possessive roles, organisations and anonymous
//! sources as speakers of their own kind, and a pronoun nobody can resolve.
//!
//! Every article here was written for these tests; names, places and events are invented.
//! A case the extractor gets wrong keeps its right answer and is marked
//! `#[ignore = "known gap: …"]`, so `cargo test -- --ignored` lists the work left.

use whosaid::model::SpeakerKind::{Anonymous, Organization, Person, Unknown};
use whosaid::model::StatementKind::Direct;

use crate::util::cases::Want::*;
use crate::util::cases::{FRI, cases, has, nobody_named};

// ------------------------------------------------------------------ names, titles, affiliations
cases! {
    president_title_is_not_part_of_the_name: FRI,
        "“The border stays open,” President Elena Varga said." => [
        has("border stays open", &[
            Speaker("Elena Varga"), SpeakerKind(Person), Mention("President Elena Varga"),
        ]),
    ];
    senator_with_party_and_state: FRI,
        "“This bill is a gift to the railroads,” said Sen. Walter Pike (D-Vt.)." => [
        has("gift to the railroads", &[Speaker("Walter Pike"), SpeakerKind(Person)]),
        nobody_named("Vt"),
    ];
    nationality_and_title_before_the_name: FRI,
        "“We will not sign under pressure,” Estonian President Kaarel Tammik said." => [
        has("under pressure", &[Speaker("Kaarel Tammik"), SpeakerKind(Person)]),
    ];
    later_surname_is_the_full_name: FRI,
        "Gov. Lucia Ferrante unveiled her budget on Tuesday. “It is balanced,” Ferrante said." => [
        has("It is balanced", &[Speaker("Lucia Ferrante"), Mention("Ferrante")]),
    ];
    later_mr_surname_is_the_full_name: FRI,
        "Customs chief Anton Dalby resigned. “I have nothing to add,” Mr. Dalby said." => [
        has("nothing to add", &[Speaker("Anton Dalby"), SpeakerKind(Person)]),
    ];
    councillor_abbreviated_cr_or_cllr_is_a_title: FRI,
        "Mayor Tom Vickery opened the meeting. Cr Vickery later urged residents to attend a \
         forum. “The hall is booked,” Cllr Vickery said." => [
        has("hall is booked", &[Speaker("Tom Vickery"), SpeakerKind(Person)]),
        has("attend a", &[Speaker("Tom Vickery"), Mention("Cr Vickery")]),
    ];
    narration_subject_with_appositive_role_is_a_person: FRI,
        "Harriet Vole, the city planner, defended the rezoning. “The plan is sound,” she said." => [
        has("plan is sound", &[Speaker("Harriet Vole"), Mention("she")]),
    ];
}

// ------------------------------------------------------------------ pronouns
cases! {
    pronouns_by_title_order_with_two_people: FRI,
        "Anton Dalby, the depot manager, met Renata Orsini, the union steward, at the depot. \
         Ms. Orsini brought a petition. “We need more drivers,” she said." => [
        has("more drivers", &[Speaker("Renata Orsini"), Mention("she")]),
    ];
    pronouns_by_mr_and_ms_with_two_people: FRI,
        "Anton Dalby, the depot manager, met Renata Orsini, the union steward, at the depot. \
         Ms. Orsini brought a petition, and Mr. Dalby brought the budget. \
         “We need more drivers,” she said. “The budget is fixed,” he replied." => [
        has("more drivers", &[Speaker("Renata Orsini"), Mention("she")]),
        has("budget is fixed", &[Speaker("Anton Dalby"), Mention("he")]),
    ];
    pronouns_by_given_names_with_two_people: FRI,
        "Margaret Holloway and Peter Szabo debated the harbor levy on the radio. \
         “It is a fair price for clean water,” she said. “It is a tax on fishermen,” he said." => [
        has("fair price", &[Speaker("Margaret Holloway"), Mention("she")]),
        has("tax on fishermen", &[Speaker("Peter Szabo"), Mention("he")]),
    ];
    pronoun_skips_the_nearer_person_of_the_other_gender: FRI,
        "“We have the votes,” said Senator Joan Whitcombe.\n\
         Her rival, Senator Martin Gale, left the chamber early. \
         “Count them again,” she told reporters." => [
        has("Count them again", &[Speaker("Joan Whitcombe"), Mention("she")]),
    ];
    unresolvable_pronoun_is_a_null_speaker: FRI,
        "“We will not back down,” he said." => [
        has("not back down", &[NoSpeaker, SpeakerKind(Unknown), Mention("he")]),
    ];
    pronoun_with_only_a_person_of_the_other_gender_is_null: FRI,
        "Mr. Tobias Renn chaired the hearing. “The minutes are wrong,” she said." => [
        has("minutes are wrong", &[NoSpeaker, Mention("she")]),
        nobody_named("Renn"),
    ];
}

// ------------------------------------------------------------------ roles
cases! {
    role_descriptor_is_the_person_with_that_title: FRI,
        "Interior Minister Jonas Reddal met police chiefs on Thursday. \
         “Order will be restored within days,” the interior minister said." => [
        has("Order will be restored", &[
            Speaker("Jonas Reddal"), SpeakerKind(Person), Mention("the interior minister"),
        ]),
    ];
    nationality_role_descriptor_is_the_person: FRI,
        "Estonian President Kaarel Tammik spoke to the parliament.\n\
         “Our answer is no,” the Estonian president said." => [
        has("answer is no", &[Speaker("Kaarel Tammik"), SpeakerKind(Person)]),
    ];
    appositive_role_is_kept: FRI,
        "“The cranes are forty years old,” said Halina Brock, the port’s chief engineer." => [
        has("cranes are forty", &[
            Speaker("Halina Brock"), SpeakerKind(Person), Role("the port’s chief engineer"),
        ]),
    ];
    possessive_role_is_kept: FRI,
        "Teodor Vasko, Varga’s chief of staff, said, “The president has not decided.”" => [
        has("has not decided", &[
            Speaker("Teodor Vasko"), SpeakerKind(Person), Role("Varga’s chief of staff"),
        ]),
    ];
    possessive_role_descriptor_is_the_person: FRI,
        "Teodor Vasko, Varga’s chief of staff, met the unions on Monday.\n\
         “Nothing is off the table,” Varga’s chief of staff said." => [
        // The mention as written is "Varga’s chief of staff"; the speaker is Vasko, not Varga.
        has("off the table", &[Speaker("Teodor Vasko"), SpeakerKind(Person)]),
    ];
    role_descriptor_from_an_appositive_role_is_the_person: FRI,
        "Teodor Vasko, Varga’s chief of staff, met the unions on Monday.\n\
         “Nothing is off the table,” the chief of staff said." => [
        has("off the table", &[Speaker("Teodor Vasko"), SpeakerKind(Person)]),
    ];
}

// ------------------------------------------------------------------ organisations and anonymous sources
cases! {
    it_after_the_organisation_keeps_its_article: FRI,
        "On Wednesday, the Pentagon defended the contract for the new drones.\n\n\
         It said the bidding had been fair and open to every company." => [
        has("bidding had been fair", &[SpeakerKind(Organization), Speaker("the Pentagon"), Mention("It")]),
    ];
    group_named_after_the_last_group_statement_wins: FRI,
        "On Wednesday, the Pentagon defended the contract for the new drones.\n\n\
         It said the bidding had been fair and open to every company.\n\n\
         Harlow Dynamics won the contract in May. “We are proud of the work,” it said." => [
        has("proud of the work", &[SpeakerKind(Organization), Speaker("Harlow Dynamics")]),
    ];
    the_kremlin_is_an_organization: FRI,
        "“The talks were useful,” the Kremlin said." => [
        has("talks were useful", &[Speaker("the Kremlin"), SpeakerKind(Organization)]),
    ];
    the_pentagon_is_an_organization: FRI,
        "“No decision has been made on the drones,” the Pentagon said in a statement." => [
        has("No decision", &[SpeakerKind(Organization), Mention("the Pentagon")]),
    ];
    a_campaign_is_an_organization: FRI,
        "“The governor has never met him,” the Ferrante campaign said." => [
        has("never met him", &[SpeakerKind(Organization), Mention("the Ferrante campaign")]),
        nobody_named("Lucia"),
    ];
    a_us_official_is_anonymous: FRI,
        "“The shipment is on hold,” a U.S. official said." => [
        has("on hold", &[Speaker("a U.S. official"), SpeakerKind(Anonymous)]),
    ];
    officials_are_anonymous: FRI,
        "“The bridge will reopen in the spring,” officials said." => [
        has("reopen in the spring", &[SpeakerKind(Anonymous), Mention("officials")]),
    ];
    a_capitalized_plural_group_is_anonymous_not_a_person: FRI,
        "Farmers said the new canal had flooded their fields twice." => [
        has("flooded their fields", &[SpeakerKind(Anonymous), Mention("Farmers")]),
    ];
    a_spokeswoman_is_anonymous: FRI,
        "“The minister is on leave,” a spokeswoman for the ministry said." => [
        has("on leave", &[SpeakerKind(Anonymous)]),
    ];
    a_later_official_is_the_anonymous_source_not_a_person: FRI,
        "Mayor Ruth Abernathy toured the levee.\n\
         “The pumps failed twice,” a city official said." => [
        has("pumps failed", &[SpeakerKind(Anonymous)]),
        nobody_named("Abernathy"),
    ];
}

// ------------------------------------------------------------------ capitalised words that are not names
cases! {
    participle_opener_is_not_a_person: FRI,
        "Having promised a recount, Mayor Dana Stoll said the count would resume Monday." => [
        has("count would resume", &[Speaker("Dana Stoll")]),
        nobody_named("Having"),
    ];
    adverb_opener_before_a_comma_is_not_a_person: FRI,
        "Likewise, a report from the Dale Institute found “no plan at all for the drains in \
         the county.”" => [
        has("no plan at all", &[NoSpeaker]),
        nobody_named("Likewise"),
    ];
    preposition_opening_a_sentence_is_not_a_person: FRI,
        "Near the harbor, Petra Ruiz went after Ivo Hale, calling him “a total stiff.”" => [
        has("total stiff", &[Speaker("Petra Ruiz")]),
        nobody_named("Near"),
    ];
    transcript_capitals_are_the_cast_member: FRI,
        "Sen. Lena Tapper questioned Gov. Walter Quist on Sunday.\n\n\
         TAPPER: Do you think the farmers will accept the new limits?\n\n\
         QUIST: “I will sign the bill on Monday, whatever they say.”" => [
        has("farmers will accept", &[Speaker("Lena Tapper"), Cue(":")]),
        has("sign the bill on Monday", &[Kind(Direct), Speaker("Walter Quist"), Mention("QUIST")]),
    ];
    two_word_state_after_a_town_ends_the_intro: FRI,
        "Speaking at a town hall in Salem, New Hampshire, Rolf Amsel went after the mayor, \
         calling her “a total stiff.”" => [
        has("total stiff", &[Speaker("Rolf Amsel")]),
        nobody_named("Hampshire"),
    ];
    surname_opening_a_sentence_before_an_appositive_is_a_person: FRI,
        "Brandvold, a retired ferry captain, said the harbor had never been so shallow." => [
        has("harbor had never", &[Speaker("Brandvold"), SpeakerKind(Person)]),
    ];
}

// ------------------------------------------------------------------ anonymous sources with asides
cases! {
    anonymous_source_with_a_participle_aside: FRI,
        "A senior civil servant, speaking on condition of anonymity, said the pay talks had \
         stalled." => [
        has("pay talks had stalled", &[Mention("A senior civil servant"),
            SpeakerKind(Anonymous)]),
    ];
    anonymous_source_with_a_who_clause_aside: FRI,
        "A person familiar with the negotiations, who was not authorized to speak publicly, \
         said a deal on the harbour was close." => [
        has("deal on the harbour", &[Mention("A person"), SpeakerKind(Anonymous)]),
        nobody_named("negotiations"),
    ];
}

// ------------------------------------------------------------------ organisations named by a descriptor
cases! {
    descriptor_of_an_organisation_named_before: FRI,
        "A cargo ship broke up over the Arctic, Nordic space agency Nordspace said on Monday.\n\n\
         The Nordic space agency said its experts were looking into the cause." => [
        has("experts were looking", &[Speaker("Nordspace"), SpeakerKind(Organization),
            Mention("The Nordic space agency")]),
    ];
    descriptor_of_an_organisation_apposed: FRI,
        "Harlow Dynamics, the drone maker, won the contract in May.\n\n\
         The drone maker said the first deliveries would come in the autumn." => [
        has("first deliveries", &[Speaker("Harlow Dynamics"), SpeakerKind(Organization)]),
    ];
    descriptor_before_a_titled_person_is_no_organisation_name: FRI,
        "Dale Water Board Chairman Amos Reed toured the dam.\n\n\
         The Dale Water Board said the spillway would be rebuilt." => [
        nobody_named("Amos Reed"),
    ];
}

// ------------------------------------------------------------------ roles apposed before a name
cases! {
    role_apposed_before_the_name_is_the_role: FRI,
        "The harbour master, Ines Karlsen, said the quay would close for a week." => [
        has("quay would close", &[Speaker("Ines Karlsen"), Role("The harbour master")]),
    ];
    descriptor_after_a_role_apposed_before_the_name_is_that_person: FRI,
        "The harbour master, Ines Karlsen, said the quay would close for a week.\n\n\
         “Nobody will lose a berth,” the harbour master said." => [
        has("lose a berth", &[Speaker("Ines Karlsen"), Mention("the harbour master")]),
    ];
    trailing_cue_after_a_role_and_an_apposed_name: FRI,
        "The quay will close for a week, the harbour master, Ines Karlsen, said on Monday." => [
        has("quay will close", &[Speaker("Ines Karlsen"), Mention("Ines Karlsen")]),
        nobody_named("harbour master"),
    ];
    a_conjunction_before_a_role_and_an_apposed_name: FRI,
        "The mayor backed the closure. But the council leader, Rafe Dunmore, said the quay \
         should stay open." => [
        has("quay should stay open", &[Speaker("Rafe Dunmore")]),
    ];
    one_word_opener_before_a_role_and_an_apposed_name: FRI,
        "However, the council leader, Rafe Dunmore, said the quay should stay open." => [
        has("quay should stay open", &[Speaker("Rafe Dunmore")]),
    ];
    possessive_descriptor_is_the_person_named_for_the_role: FRI,
        "Harlow Dynamics won the contract. Its chief executive, Dana Whitcombe, said the \
         drones were ready.\n\n\
         Later its chief executive said the first deliveries would come in May." => [
        has("first deliveries", &[Speaker("Dana Whitcombe"), Mention("its chief executive")]),
    ];
}

// ------------------------------------------------------------------ pronouns: nearer people, credits
cases! {
    pronoun_takes_the_woman_named_just_before_not_one_quoted_earlier: FRI,
        "“We are looking into the sellers,” said chief inspector Jennifer Mattin of the county \
         police.\n\nThe pills are sold online. They contain an industrial chemical.\n\n\
         Fiona Parry issued a plea on Monday. “It is a deadly toxin,” she said." => [
        has("deadly toxin", &[Speaker("Fiona Parry"), Mention("she")]),
    ];
    pronoun_vote_skips_a_man_named_between: FRI,
        "Two years later, Ilse Varnum, a young mathematician, joined the lab.\n\n\
         Once Varnum arrived, Edward Lorne gave her a manual. “He kept it all in his head,” \
         she said." => [
        has("all in his head", &[Speaker("Ilse Varnum"), Mention("she")]),
    ];
    photo_credit_is_no_antecedent: FRI,
        "A portrait of the governor hangs in the hall of the state house.Carl Dobson / Reuters\n\n\
         “We will rebuild the bridge,” he said." => [
        has("rebuild the bridge", &[NoSpeaker, Mention("he")]),
        nobody_named("Dobson"),
    ];
    photo_label_credit_is_no_antecedent: FRI,
        "The mayor cut the ribbon. Photo: Carl Dobson\n\n\
         “It took ten years,” he said." => [
        has("took ten years", &[NoSpeaker, Mention("he")]),
        nobody_named("Dobson"),
    ];
}

// ------------------------------------------------------------------ places, organisations, first names
cases! {
    people_before_places_speak_not_the_place: FRI,
        "Prosecutors in Halden and Marsby say the fraud ran for years." => [
        has("fraud ran for years", &[Mention("Prosecutors")]),
        nobody_named("Marsby"),
    ];
    a_place_that_says_is_no_pronoun_antecedent: FRI,
        "Prosecutors in Halden and Marsby say the fraud ran for years.\n\n\
         “We did not know,” she told the Courier." => [
        has("did not know", &[NoSpeaker, Mention("she")]),
        nobody_named("Marsby"),
    ];
    an_organisation_apposed_to_a_name_is_no_person: FRI,
        "Consumer Voice, a campaign group, said the fare plan was unfair.\n\n\
         “It is a scandal,” Consumer Voice said." => [
        has("plan was unfair", &[Speaker("Consumer Voice"), SpeakerKind(Organization)]),
        has("It is a scandal", &[Speaker("Consumer Voice"), SpeakerKind(Organization)]),
    ];
    a_country_that_says_is_an_organisation_and_no_he: FRI,
        "The charity director Thomas Reinholt met officials in the capital on Monday. The talks \
         ran late into the night.\n\n\
         Sudan said it would allow two more convoys into the region. He said the fighting near \
         the border had not stopped." => [
        has("two more convoys", &[Speaker("Sudan"), SpeakerKind(Organization)]),
        has("had not stopped", &[Speaker("Thomas Reinholt"), SpeakerKind(Person)]),
    ];
    a_role_of_a_school_is_still_a_person: FRI,
        "Ines Karlsen, the dean of the harbour school, said the fees would rise." => [
        has("fees would rise", &[Speaker("Ines Karlsen"), SpeakerKind(Person)]),
    ];
    #[ignore = "known gap: a first name that speaks joins the cast as its own person (resolving it there cost train pronoun resolution 0.934 -> 0.932)"]
    a_first_name_is_the_person_with_that_given_name: FRI,
        "Chris Anderson runs the ferry to the island. “It is a hard winter,” Chris said." => [
        has("hard winter", &[Speaker("Chris Anderson"), Mention("Chris")]),
    ];
    #[ignore = "known gap: given names that speak join the cast as their own person"]
    two_given_names_are_the_person_with_them: FRI,
        "Mary Anne Kowalczyk runs the bakery on Dock Street.\n\n\
         “Bread is dear this year,” Mary Anne said." => [
        has("Bread is dear", &[Speaker("Mary Anne Kowalczyk")]),
    ];
    a_first_name_shared_by_two_people_stays_as_written: FRI,
        "Chris Anderson and Chris Bellamy run the ferry. “It is a hard winter,” Chris said." => [
        has("hard winter", &[Speaker("Chris")]),
    ];
}

// ------------------------------------------------------------------ the subject of a participle
cases! {
    a_place_after_in_is_no_participle_speaker: FRI,
        "Several mayors have asked the state to fund new shelters in Fresno and Modesto, \
         saying the current beds are not enough." => [
        has("current beds are not enough", &[Mention("Several mayors")]),
        nobody_named("Fresno"),
    ];
    an_opening_adverb_and_participle_is_no_name: FRI,
        "Quickly dismissing the criticism from his own party, Gerald Minty blamed his \
         opponents and stressed the danger that the new tariffs pose to farmers.\n\n\
         Hastily calling a press conference in Toledo — as he had done after the floods — \
         Minty blamed the council and stressed that the levees had been neglected." => [
        has("levees had been neglected", &[Speaker("Gerald Minty")]),
    ];
    a_surname_ending_like_an_adverb_still_speaks: FRI,
        "Ada Schlafly wrote a column on the canal.\n\n\
         Schlafly then described the lock and explained that it would cost little." => [
        has("it would cost little", &[Speaker("Ada Schlafly")]),
    ];
    titles_and_party_before_the_name_lead_to_the_participle_speaker: FRI,
        "Democratic presidential candidate Sen. Paul Okafor (D-Ore.) on Monday criticized the \
         budget deal passed after long talks in Salem, saying the deal goes “nowhere near far \
         enough.”" => [
        has("nowhere near far enough", &[Speaker("Paul Okafor"), SpeakerKind(Person)]),
    ];
    titles_joined_by_and_or_of_state_lead_to_the_name: FRI,
        "Former judge and Boston City Council President Alan Greer, who backs Okafor, attacked \
         the deal on the radio, calling it a “complete failure” for the city.\n\n\
         Former secretary of state Nora Quill criticized the deal, saying it “gives away the \
         harbour.”" => [
        has("complete failure", &[Speaker("Alan Greer"), SpeakerKind(Person)]),
        has("gives away the", &[Speaker("Nora Quill"), SpeakerKind(Person)]),
    ];
    a_capitalised_group_opening_the_clause_beats_a_name_in_its_object: FRI,
        "The Brevians have used the presence of Oskar militia fighters to justify raids around \
         the port, saying the town is a key front in their campaign." => [
        has("key front", &[Mention("The Brevians"), SpeakerKind(Organization)]),
        nobody_named("Oskar"),
    ];
    a_wire_dateline_with_a_hyphen_is_no_participle_speaker: FRI,
        "VELTRIA, May 3 (Wire) - The far-right party leader, Marie Vautrin, backed the \
         challenger on Wednesday, saying his rival would bring hardship to the region." => [
        has("bring hardship", &[Speaker("Marie Vautrin"), SpeakerKind(Person)]),
        nobody_named("VELTRIA"),
    ];
    the_subject_of_an_infinitive_after_for_still_speaks: FRI,
        "There is still time for Lena Marsh to mend fences with the council, even after \
         repeatedly dismissing them as part of the “harbour cartel” and calling the mayor a \
         liar." => [
        has("harbour cartel", &[Speaker("Lena Marsh")]),
    ];
}

// ------------------------------------------------------------------ roles, officials of an administration
cases! {
    a_title_of_address_is_no_role: FRI,
        "Ms. Eleanor Ashdown visited the depot on Monday.\n\n\
         The transport minister, Eleanor Ashdown, said the fares would rise. \
         “We have no choice,” Ms. Ashdown said. “It is fair,” Mr. Tom Briggs said." => [
        has("no choice", &[Speaker("Eleanor Ashdown"), Role("The transport minister")]),
        has("It is fair", &[Speaker("Tom Briggs"), NoRole]),
    ];
    officials_speak_for_the_one_administration_named: FRI,
        "The Tarrant administration plans to ease the trade limits on Veloria.\n\n\
         American officials said the Velorian government had closed two camps. \
         Administration officials said the review would take six months. \
         A senior administration official said the talks would go on." => [
        has("closed two camps", &[Speaker("the Tarrant administration"), SpeakerKind(Organization),
            Mention("American officials")]),
        has("take six months", &[Speaker("the Tarrant administration")]),
        has("talks would go on", &[SpeakerKind(Anonymous)]),
    ];
    officials_stay_anonymous_when_two_administrations_are_named: FRI,
        "The Tarrant administration and the Hollis administration both eased the limits.\n\n\
         American officials said the camps had closed." => [
        has("camps had closed", &[SpeakerKind(Anonymous), Mention("American officials")]),
    ];
}

// ------------------------------------------------------------------ one person, two surnames
cases! {
    a_married_name_with_nee_is_the_person_named_before: FRI,
        "In 1961 the lab hired Ada Brandt, a young programmer, to run the new machine.\n\n\
         Ada Brandt later married Tom Keel, a geologist, and moved with him to Oregon.\n\n\
         Years later a historian found Ada Keel, née Brandt, living near Salem. \
         “I wrote every routine by hand,” Keel said." => [
        has("every routine by hand", &[Speaker("Ada Brandt"), Mention("Keel")]),
    ];
    a_shared_married_surname_still_goes_to_the_one_named_last: FRI,
        "Ada Brandt later married Tom Keel, a geologist.\n\n\
         A historian found Ada Keel (née Brandt) near Salem. Tom Keel died in 1990. \
         “He loved the coast,” Keel said of the house." => [
        has("loved the coast", &[Speaker("Tom Keel")]),
    ];
}
