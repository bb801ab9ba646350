use crate::report::{EntityKind, Gender, MentionVia};
use crate::{analyze, Options};

/// An entity as the tests compare it: canonical, kind, gender, and its mentions with their
/// `via`.
type Found = (
    String,
    EntityKind,
    Option<Gender>,
    Vec<(String, MentionVia)>,
);

/// The entities of `text`.
fn entities(text: &str) -> Vec<Found> {
    let options = Options {
        clean: false,
        ..Options::default()
    };
    analyze(text, &options)
        .entities
        .into_iter()
        .map(|e| {
            let mentions = e.mentions.into_iter().map(|m| (m.text, m.via)).collect();
            (e.canonical, e.kind, e.gender, mentions)
        })
        .collect()
}

fn entity_of<'a>(found: &'a [Found], name: &str) -> &'a Found {
    found
        .iter()
        .find(|e| e.0 == name)
        .unwrap_or_else(|| panic!("no entity {name:?} in {found:?}"))
}

fn mentions_of<'a>(found: &'a [Found], name: &str) -> &'a [(String, MentionVia)] {
    &entity_of(found, name).3
}

#[test]
fn a_name_its_surname_and_its_pronoun_are_one_person() {
    let found = entities(
        "Mayor Ana Ruiz opened the bridge on Monday. She said the repairs cost less than planned.\n\nRuiz thanked the workers.",
    );
    let ruiz = mentions_of(&found, "Ana Ruiz");
    assert_eq!(
        ruiz,
        [
            ("Ana Ruiz".to_owned(), MentionVia::Name),
            ("She".to_owned(), MentionVia::Pronoun),
            ("Ruiz".to_owned(), MentionVia::Surname),
        ]
    );
    assert_eq!(found[0].2, Some(Gender::Female), "stated by the pronoun");
}

#[test]
fn a_title_states_a_gender_and_he_skips_a_woman() {
    let found = entities(
        "Ms. Okafor met Jo Lee, the city engineer, on Friday. He said the steel had arrived late.",
    );
    assert_eq!(found[0].0, "Okafor");
    assert_eq!(found[0].2, Some(Gender::Female));
    let lee = mentions_of(&found, "Jo Lee");
    assert!(
        lee.contains(&("He".to_owned(), MentionVia::Pronoun)),
        "{found:?}"
    );
}

#[test]
fn an_organisation_takes_its_description_and_it() {
    let found = entities(
        "The Harbour Council approved the plan. The council said it would pay for the repairs.",
    );
    assert_eq!(found[0].1, EntityKind::Organization);
    let council = mentions_of(&found, "Harbour Council");
    let vias: Vec<MentionVia> = council.iter().map(|m| m.1).collect();
    assert_eq!(
        vias,
        [MentionVia::Name, MentionVia::Role, MentionVia::Pronoun]
    );
}

#[test]
fn a_place_is_no_person_and_a_quotation_keeps_its_pronouns() {
    let found = entities(
        "Rain flooded San Francisco Bay Area roads on Monday. “He never called us,” said Jo Lee.",
    );
    assert!(
        found.iter().all(|e| e.0 != "San Francisco Bay Area"),
        "{found:?}"
    );
    let lee = mentions_of(&found, "Jo Lee");
    assert!(lee.iter().all(|m| m.1 != MentionVia::Pronoun), "{found:?}");
}

#[test]
fn a_speaker_points_at_the_entity() {
    let report = analyze(
        "Port director Jo Lind opened the meeting.\n\n“Cargo is up a third this year,” said Lind.",
        &Options::default(),
    );
    let speaker = report.claims[0].speaker.as_ref().expect("a speaker");
    let entity = &report.entities[speaker.entity.expect("linked")];
    assert_eq!(entity.canonical, "Jo Lind");
    assert_eq!(speaker.via, Some(MentionVia::Surname));
}

#[test]
fn a_description_after_a_name_is_an_apposition() {
    let found = entities("Jo Lee, a spokeswoman for the port, said the cranes were late.");
    let lee = mentions_of(&found, "Jo Lee");
    assert_eq!(
        lee[1],
        (
            "a spokeswoman for the port".to_owned(),
            MentionVia::Apposition
        )
    );
}

#[test]
fn organisations_keep_their_of_and_acronyms_are_organisations_when_used_as_one() {
    let found = entities(
        "The University of Helsinki hired two biologists. Its rival, the agency said, is NATO. NATO said it agreed. HDL cholesterol rose.",
    );
    assert_eq!(
        mentions_of(&found, "University of Helsinki")[1].1,
        MentionVia::Pronoun
    );
    assert!(found
        .iter()
        .any(|e| e.0 == "NATO" && e.1 == EntityKind::Organization));
    assert!(found.iter().all(|e| e.0 != "Two"), "{found:?}");
    assert!(
        found.iter().all(|e| e.0 != "HDL"),
        "capitals used as a word: {found:?}"
    );
}

#[test]
fn a_given_name_makes_a_person_and_hints_only_between_candidates() {
    let found =
        entities("Back in college, Mario and Isabel founded the studio. She drew the characters.");
    assert_eq!(
        mentions_of(&found, "Isabel"),
        [
            ("Isabel".to_owned(), MentionVia::Name),
            ("She".to_owned(), MentionVia::Pronoun)
        ]
    );
    let mario = entity_of(&found, "Mario");
    assert_eq!(mario.2, None, "a given name's hint is never reported");
}

#[test]
fn evidence_anywhere_in_the_text_makes_a_name_a_persons() {
    // The first mention has no title; "Professor Varga" further down vouches for it.
    let found = entities(
        "Ilse Varga studies glaciers. The ice has thinned for decades.\n\nProfessor Varga measured it.",
    );
    assert_eq!(
        mentions_of(&found, "Ilse Varga")
            .iter()
            .map(|m| m.1)
            .collect::<Vec<_>>(),
        [MentionVia::Name, MentionVia::Surname]
    );
}

#[test]
fn places_and_prizes_are_no_one() {
    let found = entities(
        "John F. Kennedy International Airport reopened. The Mainichi Art Award went to a painter.",
    );
    assert!(found.iter().all(|e| e.1 != EntityKind::Person), "{found:?}");
}

#[test]
fn a_role_stands_for_its_last_holder_and_a_predicate_describes() {
    let found = entities(
        "Mayor Ana Ruiz opened the bridge. Jo Lee is a nurse at the clinic. The mayor thanked the crews.",
    );
    assert_eq!(
        mentions_of(&found, "Ana Ruiz")[1],
        ("The mayor".to_owned(), MentionVia::Role)
    );
    assert_eq!(
        mentions_of(&found, "Jo Lee")[1],
        ("a nurse".to_owned(), MentionVia::Apposition)
    );
    // A title a name qualifies is that body's role: "the president" is not Ben Ode.
    let found =
        entities("Farm Bureau president Ben Ode spoke first. Later the president signed the bill.");
    assert_eq!(
        mentions_of(&found, "Ben Ode"),
        [
            ("president".to_owned(), MentionVia::Role),
            ("Ben Ode".to_owned(), MentionVia::Name)
        ],
        "the role before the name is his; the later \"the president\" is not"
    );
}

#[test]
fn the_woman_is_the_salient_person_who_agrees() {
    let found = entities("Mr. Okafor and Lina Haddad met on Friday. The woman said little.");
    let haddad = mentions_of(&found, "Lina Haddad");
    assert_eq!(haddad[1], ("The woman".to_owned(), MentionVia::Role));
    let entity = entity_of(&found, "Lina Haddad");
    assert_eq!(entity.2, Some(Gender::Female), "the noun states it");
}

#[test]
fn a_speaker_named_in_full_is_an_entity_even_without_a_title() {
    let report = analyze(
        "The university's president, Amara Lindqvist, welcomed the decision, telling reporters: “Our students have waited long enough.”",
        &Options::default(),
    );
    let speaker = report.claims[0].speaker.as_ref().expect("a speaker");
    let entity = &report.entities[speaker.entity.expect("linked")];
    assert_eq!(
        (entity.canonical.as_str(), entity.kind),
        ("Amara Lindqvist", EntityKind::Person)
    );
}

#[test]
fn a_plural_subject_is_a_group_that_they_stands_for() {
    let found = entities(
        "The nurses walked out at noon. They said the wards were short of staff.\n\nThe nurses returned at six.",
    );
    let nurses = entity_of(&found, "nurses");
    assert_eq!(nurses.1, EntityKind::Group);
    let texts: Vec<&str> = nurses.3.iter().map(|m| m.0.as_str()).collect();
    assert_eq!(texts, ["The nurses", "They", "The nurses"]);
}

#[test]
fn a_firm_known_only_by_its_statements_becomes_an_organisation() {
    let found =
        entities("Northwind Seeds reported a loss on Monday. The company said sales had fallen.");
    let firm = entity_of(&found, "Northwind Seeds");
    assert_eq!(firm.1, EntityKind::Organization);
    assert!(mentions_of(&found, "Northwind Seeds")
        .iter()
        .any(|m| m.0 == "The company" && m.1 == MentionVia::Role));
}

#[test]
fn a_place_that_speaks_is_no_person() {
    let found =
        entities("Talks resumed in New Carlow on Friday. New Carlow said the border would reopen.");
    let carlow = entity_of(&found, "New Carlow");
    assert_eq!(
        carlow.1,
        EntityKind::Organization,
        "a place that speaks is its government"
    );
}

#[test]
fn a_name_written_with_the_is_no_person() {
    // "The Courier reported" is a newspaper speaking; "He" is still the scientist.
    let found = entities(
        "Biologist Ravi Menon studies wasps. The Courier reported his findings last year. He began the work in 2019.",
    );
    assert!(
        found
            .iter()
            .all(|e| e.0 != "Courier" || e.1 != EntityKind::Person),
        "{found:?}"
    );
    let menon = mentions_of(&found, "Ravi Menon");
    assert_eq!(menon.last(), Some(&("He".to_owned(), MentionVia::Pronoun)));
}

#[test]
fn roles_set_after_a_name_or_said_of_it_describe_it() {
    let found = entities(
        "Kira Osei, assistant professor of music, led the choir. Osei was also a founder of the festival.",
    );
    assert_eq!(
        mentions_of(&found, "Kira Osei"),
        [
            ("Kira Osei".to_owned(), MentionVia::Name),
            (
                "assistant professor of music".to_owned(),
                MentionVia::Apposition
            ),
            ("Osei".to_owned(), MentionVia::Surname),
            ("a founder".to_owned(), MentionVia::Apposition),
        ]
    );
    // "Mayor Bo Lund" after the comma is the next name of a list, not her role.
    let found = entities("Maria Osei, Mayor Bo Lund and others spoke.");
    assert_eq!(mentions_of(&found, "Maria Osei").len(), 1, "{found:?}");
}
