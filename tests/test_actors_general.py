"""find_actors: general rules added after scoring on bench/facts_gold/tune2.jsonl (invented text)."""

from __future__ import annotations

from newsum.facts.actors import find_actors
from newsum.models import Actor


def by_name(*sentences: str) -> dict[str, Actor]:
    """The actors found, keyed by name."""
    return {a.name: a for a in find_actors(list(sentences))}


def test_clubs_in_a_football_article() -> None:
    found = by_name("The striker Tom Reed joined Everton from Newcastle.")
    assert found["Newcastle"].kind == "organisation"
    assert found["Everton"].kind == "organisation"


def test_a_town_is_no_club_outside_football() -> None:
    assert "Newcastle" not in by_name("The firm opened an office in Newcastle.")


def test_club_nickname_joins_the_club() -> None:
    found = by_name("Spurs beat Fulham.", "Tottenham were better.")
    assert found["Tottenham"].kind == "organisation"
    assert "Spurs" in found["Tottenham"].aliases and "Spurs" not in found


def test_competitions_are_no_organisations() -> None:
    found = by_name("Tom Reed, the striker, scored in the Champions League and the Premiership.")
    assert "Champions League" not in found and "Premiership" not in found


def test_a_shorter_name_joins_the_body_it_shortens() -> None:
    found = by_name("The US Air Force signed the deal.", "The Air Force said it was pleased.")
    assert "Air Force" not in found
    assert "Air Force" in found["US Air Force"].aliases


def test_one_word_names_listed_with_people_are_people() -> None:
    found = by_name("Striker Ian Kerr and defender Bo Lund will start.",
                    "Moss, Kerr, Lund, Petrov, Alves.")
    assert found["Petrov"].kind == "person" and found["Alves"].kind == "person"


def test_a_word_after_a_kin_word_is_a_person() -> None:
    assert by_name("Her brother Okonkwo set the pace.")["Okonkwo"].kind == "person"


def test_names_listed_after_firms_such_as_are_bodies() -> None:
    found = by_name("Several firms such as France's Veltrix and Brisa Aviation attended.")
    assert found["Veltrix"].kind == "organisation"
    assert found["Brisa Aviation"].kind == "organisation"


def test_a_sentence_opening_word_before_a_role_is_no_body() -> None:
    found = by_name("Design director Nick Hale said so.")
    assert "Design" not in found and found["Nick Hale"].role == "Director"


def test_a_persons_surname_owning_a_role_is_that_person() -> None:
    found = by_name("Marion Reyes won.", "Reyes' lawyer Tom Ash said she was innocent.")
    assert "Reyes" not in found and "Reyes" in found["Marion Reyes"].aliases


def test_a_places_role_in_the_lede_goes_to_the_next_subject() -> None:
    found = by_name("Norway's defence minister has opened the show.",
                    "Anders Lie said firms were welcome.")
    assert found["Anders Lie"].role == "Defence Minister"


def test_one_of_a_plural_role() -> None:
    found = by_name('"It was hard," said Jo Park, one of the game developers sacked by Acme.')
    assert found["Jo Park"].role == "Game Developer"


def test_a_newspaper_after_the() -> None:
    assert by_name("Tom Ash told the Times he would stay.")["Times"].kind == "organisation"


def test_a_nationality_noun_is_no_part_of_the_name() -> None:
    found = by_name("Briton Tim Ayo fought off fellow Briton Sam Ode to win.")
    assert "Tim Ayo" in found and found["Sam Ode"].role is None


def test_a_credit_names_a_person() -> None:
    assert by_name("The film, directed by Wenli Zhao, won.")["Wenli Zhao"].kind == "person"


def test_words_before_a_capitalised_the_are_a_title() -> None:
    assert "Drama Visit" not in by_name("Drama Visit The Harlows led the ratings.")


def test_praise_is_no_role_and_owns_nothing() -> None:
    found = by_name("Wardside star Pete Lomax won.")
    assert "Wardside" not in found and found["Pete Lomax"].organisation is None


def test_award_categories_are_no_roles() -> None:
    found = by_name("Irma Stanley won for her part in Quiet Harbour, named best actress.")
    assert found["Irma Stanley"].role is None


def test_an_opening_verb_is_no_part_of_the_owner() -> None:
    found = by_name("Suspended Ruritanian hurdler Kay Lowe admits the breach.",
                    "Said Northland coach Ray Dunn: \"We were poor.\"")
    assert "Suspended Ruritanian" not in found and "Said Northland" not in found
    assert found["Kay Lowe"].role == "Hurdler" and found["Kay Lowe"].organisation is None
    assert found["Ray Dunn"].organisation == "Northland"


def test_a_club_opening_the_sentence_still_owns_the_role() -> None:
    found = by_name("United boss Alan Marsh was angry.")
    assert found["Alan Marsh"].organisation == "United"


def test_a_term_spelt_out_in_lower_case_is_no_body() -> None:
    found = by_name("The survey counted corporate social responsibility (CSR) reports.",
                    "Few CSR reports were checked, the Audit Board said.")
    assert "CSR" not in found
    assert found["Audit Board"].kind == "organisation"


def test_abbreviations_of_things_are_no_bodies() -> None:
    found = by_name("The TV network showed the MRI scan during a GCSE class.",
                    "Customers order SIM cards from Telwyn.")
    assert not {"TV", "MRI", "GCSE", "SIM"} & found.keys()


def test_a_company_named_by_its_first_word_joins_its_full_name() -> None:
    found = by_name("The director signed with studio Kestrel Brothers.", "Kestrel said it was glad.")
    assert "Kestrel" not in found
    assert "Kestrel" in found["Kestrel Brothers"].aliases


def test_a_council_of_a_body_stays_apart_from_it() -> None:
    found = by_name("The WAF met in Rome.", "The task forces will report to the WAF Council.")
    assert found["WAF"].kind == "organisation"
    assert found["WAF Council"].kind == "organisation"


def test_a_work_before_its_maker_is_no_body() -> None:
    found = by_name("Harbour Lights director Sam Olsen said it was done.",
                    "Kestrel Studios producer Ann Vale agreed.")
    assert "Harbour Lights" not in found and found["Sam Olsen"].organisation is None
    assert found["Ann Vale"].organisation == "Kestrel Studios"


def test_a_managing_director_keeps_the_company() -> None:
    found = by_name("Air Tarnwick managing director Ravi Menon said fares would fall.")
    assert found["Ravi Menon"].organisation == "Air Tarnwick"


def test_a_role_of_an_unnamed_body_ends_at_the_comma() -> None:
    found = by_name("Joan Pike, principal of the college, welcomed the grant.",
                    "Ann Lee, a former aide to the party leader, spoke.")
    assert found["Joan Pike"].role == "Principal"
    assert found["Ann Lee"].role == "Former Aide"


def test_an_aide_to_a_body_names_it() -> None:
    found = by_name("Tom Hall, adviser to Tarnwick Foods, spoke.")
    assert found["Tom Hall"].role == "Adviser"
    assert found["Tom Hall"].organisation == "Tarnwick Foods"


def test_the_general_election_is_no_person() -> None:
    found = by_name("Labour will fight the General Election in May.",
                    "Home Secretary Clarke said so.")
    assert "Election" not in found
    assert found["Clarke"].role == "Home Secretary"


def test_words_before_a_given_name_are_no_part_of_it() -> None:
    found = by_name("Defiant Matt Rowe says his side will win.",
                    "Man-of-the-match Dan Hale scored twice.",
                    "He met Blairite Alan Pryce.")
    assert {"Matt Rowe", "Dan Hale", "Alan Pryce"} <= found.keys()
    assert not any(name.startswith(("Defiant", "Man-of", "Blairite")) for name in found)


def test_a_party_before_a_name_is_the_persons_party() -> None:
    found = by_name("Lib Dem Norman Pike said the plan was wrong.")
    assert found["Norman Pike"].organisation == "Liberal Democrats"
    assert found["Liberal Democrats"].kind == "organisation"


def test_both_the_office_and_another_names_no_one() -> None:
    found = by_name("Alan Pike said it was wrong.",
                    "\"Both the chief constable and the council must answer.\"")
    assert found["Alan Pike"].role is None


def test_a_bookmaker_opening_the_sentence_is_no_person() -> None:
    assert "Tom Lyle" not in by_name("Bookmaker Tom Lyle cut the odds again.")


def test_a_body_whose_fields_are_listed_is_one_body() -> None:
    found = by_name("The Department for Culture, Media and Sport said so.",
                    "The Ministry of Farming, Fishing and Forests (MFFF) agreed.",
                    "MFFF added more.")
    assert "Department for Culture, Media and Sport" in found and "Media" not in found
    assert found["Ministry of Farming, Fishing and Forests"].aliases == ("MFFF",)


def test_a_list_of_bodies_stays_a_list() -> None:
    found = by_name("The Council of Boat Builders, Harbour Pilots Association and Tug "
                    "Owners Association backed the plan.")
    assert {"Council of Boat Builders", "Harbour Pilots Association",
            "Tug Owners Association"} <= found.keys()


def test_research_firms_and_job_titles_are_no_people() -> None:
    found = by_name("It will grow, according to a report by analysts Tarnwick Research.",
                    "Tim Cole, Group Economist at Halibank, said so.", "WHO LEFT EARLY")
    assert found["Tarnwick Research"].kind == "organisation"
    assert "WHO LEFT EARLY" not in found


def test_a_given_name_and_a_surname_like_a_body_word_is_a_person() -> None:
    found = by_name("\"Fares will rise,\" Jim Press, vice president of Tarnwick Motors, said.",
                    "The holder lost in three sets to Jim Courier.")
    assert found["Jim Press"].kind == "person"
    assert found["Jim Courier"].kind == "person"


def test_a_persons_role_of_a_body_does_not_make_the_person_a_body() -> None:
    found = by_name("The vote was called by Dan Pettis, the leader of the dockers' union "
                    "Portwork, on Monday.", "Glenmoy, one of the region's oldest cider firms, "
                    "was sold.")
    assert found["Dan Pettis"].kind == "person"
    assert found["Glenmoy"].kind == "organisation"


def test_nationalities_letters_and_adverbs_are_no_bodies() -> None:
    found = by_name("Sales at Chinese phone maker Qelto fell.",
                    "Separately, the courier firm Parcelo said it would hire.",
                    "Pakistani savers want more.")
    assert not {"Chinese", "Separately", "Pakistani"} & found.keys()
    assert found["Qelto"].kind == "organisation" and found["Parcelo"].kind == "organisation"


def test_a_band_ending_like_a_nationality_stays_a_band() -> None:
    assert by_name("Belle & Sebastian played.")["Belle & Sebastian"].kind == "organisation"


def test_a_place_before_an_office_is_no_body() -> None:
    found = by_name("The case was brought by New York Attorney General Ann Vale.",
                    "Norfolk police chief Tom Hale urged calm.")
    assert "New York" not in found and "Norfolk" not in found
    assert found["Ann Vale"].role == "Attorney General" and found["Ann Vale"].organisation is None


def test_a_town_before_a_player_is_his_club() -> None:
    assert by_name("Bath prop Dan Bell has been added.")["Dan Bell"].organisation == "Bath"


def test_a_role_read_backwards_stops_at_and() -> None:
    found = by_name("Rees started both cup ties and captain Jon Forde is fit.",
                    "Tory work and pensions spokesman Dan Hill said so.",
                    "The body took action against national coach Luis Arano.",
                    "Its lead, the 18-year-old actress Sara Fenn, was praised.")
    assert found["Jon Forde"].role == "Captain"
    assert found["Dan Hill"].role == "Work and Pensions Spokesman"
    assert found["Luis Arano"].role == "National Coach"
    assert found["Sara Fenn"].role == "Actress"


def test_a_given_name_before_a_place_name_is_a_person() -> None:
    found = by_name("Telecoms ombudsman Elizabeth France said so.",
                    "Producer Michael London was pleased.", "Life in Tudor England was hard.")
    assert found["Elizabeth France"].kind == "person"
    assert found["Elizabeth France"].organisation is None
    assert found["Michael London"].kind == "person"
    assert "Tudor England" not in found


def test_a_body_named_once_without_its_plural_s_is_the_same_body() -> None:
    found = by_name("Tarn Networks said so.", "A spokesman for Tarn Network agreed.")
    assert "Tarn Network" not in found
    assert found["Tarn Networks"].aliases == ("Tarn Network",)


def test_more_technical_abbreviations_are_no_bodies() -> None:
    found = by_name("The set has HDMI and DVI sockets and plays IPTV over HSDPA.")
    assert not {"HDMI", "DVI", "IPTV", "HSDPA"} & found.keys()


def test_characters_and_titles_named_like_people_are_no_actors() -> None:
    found = by_name("The Harry Potter films and Vera Drake did well.",
                    "He lives in Milton Keynes.")
    assert not {"Harry Potter", "Vera Drake", "Milton Keynes"} & found.keys()


def test_an_opening_word_before_an_honorific_is_no_part_of_the_name() -> None:
    found = by_name("Commenting Mr Macklin said it was fine.")
    assert "Macklin" in found and not any(name.startswith("Commenting") for name in found)


def test_a_one_name_performer_keeps_the_role_before() -> None:
    found = by_name("The list also names UK rapper Skepta as a newcomer.")
    assert found["Skepta"].kind == "person" and found["Skepta"].role == "Rapper"


def test_a_role_closed_by_a_known_body_names_it() -> None:
    found = by_name("\"Orders are up,\" said Dinesh Kotak, senior vice president Boeing.")
    assert found["Dinesh Kotak"].role == "Senior Vice President"
    assert found["Dinesh Kotak"].organisation == "Boeing"


def test_a_name_with_of_inside_keeps_its_first_word() -> None:
    assert by_name("The Reid of Glenbrae Institute said so.")[
        "Reid of Glenbrae Institute"].kind == "organisation"
    assert "Tarn Vale District Council" in by_name("Members of Tarn Vale District Council met.")


def test_a_name_spelt_by_its_acronym_is_one_body_across_and() -> None:
    found = by_name("The Securities and Exchange Commission (SEC) said so.", "The SEC agreed.")
    assert found["Securities and Exchange Commission"].aliases == ("SEC",)
    assert {"Mares Capital", "Oakhurst Partners"} <= by_name(
        "Mares Capital and Oakhurst Partners merged.").keys()


def test_the_first_part_of_a_joined_name_is_the_same_body() -> None:
    found = by_name("The Tarn Internet and Public Life Project said so.",
                    "The research group Tarn Internet said more.")
    assert "Tarn Internet" in found["Tarn Internet and Public Life Project"].aliases
    assert "Tarn Internet" not in found


def test_post_nominals_and_plural_possessives_end_a_name() -> None:
    found = by_name("He met Ruth Kell MP and Philip Sand QC.",
                    "Steve Marsdens' Magpies lost.",
                    "The Road and Rail Workers' Union's members voted.")
    assert {"Ruth Kell", "Philip Sand", "Steve Marsdens"} <= found.keys()
    assert found["Road and Rail Workers' Union"].kind == "organisation"


def test_venues_and_lectures_are_no_people() -> None:
    found = by_name("He gave the Hugh Barton Lecture at the Dora Keller Pavilion.")
    assert not found


def test_former_states_and_described_governments_are_no_bodies() -> None:
    found = by_name("The Soviet Union broke up.", "The British Government said so.",
                    "Non-European Union citizens queued.", "He was awarded an OBE.",
                    "The Pro-Life Alliance protested.")
    assert not {"Soviet Union", "British Government", "Non-European Union", "OBE"} & found.keys()
    assert found["Pro-Life Alliance"].kind == "organisation"
