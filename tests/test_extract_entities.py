from __future__ import annotations

from generator.extract.entities import (
    _bodies_before_which,
    _defined_acronyms,
    _described_bodies,
    _untagged_repeats,
)
from generator.lexicon import load_lexicon
from tests.conftest import facts_of, speakers
from tests.test_extract_offers import has


def by_id(facts):
    return {e.id: e for e in facts.entities}


def test_metonyms_and_adjectives_fold_into_countries():
    facts = facts_of("Tehran rejected the offer. Iranian officials said Washington and the "
                     "White House had misread Ankara’s position.")
    entities = by_id(facts)
    assert {"iran", "united-states", "turkey"} <= set(entities)
    assert {"Tehran", "Iranian"} <= set(entities["iran"].aliases)
    assert entities["iran"].kind == "country"


def test_people_fold_by_name_and_honorifics_are_stripped():
    facts = facts_of("Prime Minister Elena Varga arrived on Monday. Ms Varga later met Dr "
                     "Tariq Aziz Khan. Varga said little.")
    entities = by_id(facts)
    assert "elena-varga" in entities and "varga" not in entities
    assert "Ms Varga" in entities["elena-varga"].aliases
    assert "tariq-aziz-khan" in entities


def test_roles_and_affiliations_from_apposition_and_premodifiers():
    facts = facts_of(
        "Lucas Moreau, a senior fellow at the Atlantic Security Institute, spoke first. "
        "Kremlin spokesman Dmitry Peskov declined to comment. Later, director of the Grain "
        "Council, Peter Otieno, left.")
    entities = by_id(facts)
    assert entities["lucas-moreau"].role == "senior fellow at the Atlantic Security Institute"
    assert entities["lucas-moreau"].affiliation == "atlantic-security-institute"
    assert entities["dmitry-peskov"].role == "Kremlin spokesman"
    assert entities["dmitry-peskov"].affiliation == "russia"
    assert entities["peter-otieno"].role.startswith("director of the Grain Council")


def test_news_agencies_are_credited_not_actors():
    facts = facts_of('"We will rebuild," Mayor Sara Lund told AFP and Reuters.')
    assert set(facts.agencies) >= {"AFP", "Reuters"}
    assert not {"afp", "reuters"} & set(by_id(facts))


def test_name_particles_and_lowercase_role_modifiers():
    facts = facts_of("Commission President Marta van der Berg met Teldor's finance minister "
                     "Ivo Kranjc, and Senator Jean de la Cruz joined them.")
    entities = by_id(facts)
    assert "marta-van-der-berg" in entities
    assert entities["marta-van-der-berg"].role == "Commission President"
    assert entities["ivo-kranjc"].role.endswith("finance minister")


def test_one_role_per_person_when_titles_are_chained():
    facts = facts_of("Visiting President Omar Haddad and Prime Minister Lea Brandt spoke. "
                     "Ana Ruiz, a spokeswoman for Attorney General Tom Hale, declined comment.")
    entities = by_id(facts)
    assert entities["lea-brandt"].role == "Prime Minister"
    assert entities["tom-hale"].role == "Attorney General"


def test_a_title_held_now_before_a_former_job():
    facts = facts_of('"We will fight on," said campaign chair Rosa Kemp, a retired nurse. '
                     '"It is a disgrace," said Ian Holt, a former miner.')
    entities = by_id(facts)
    assert entities["rosa-kemp"].role == "campaign chair"
    assert entities["ian-holt"].role == "former miner"


def test_a_city_as_a_place_is_not_its_country():
    facts = facts_of("The mayor of Lisbon opened a museum. Their London venture closed. "
                     "Moscow warned Kyiv, and a Downing Street spokeswoman replied.")
    entities = set(by_id(facts))
    assert "portugal" not in entities
    assert {"russia", "ukraine", "united-kingdom"} <= entities


def test_bodies_described_as_such_are_organisations():
    facts = facts_of("Quillon, the payments company, cut jobs on Monday. On Saturday the fans "
                     "saw Redbridge United lose at home to Castleford Town.")
    entities = by_id(facts)
    assert entities["quillon"].kind == "organization"
    assert entities["redbridge-united"].kind == "organization"


def test_transcript_labels_and_forms_of_address_are_not_actors():
    facts = facts_of("Remarks by President Ana Rojas.\n\nQUESTION: Madam President, will you "
                     "run again?\n\nROJAS: No. Mr Prime Minister, you may answer too.")
    entities = set(by_id(facts))
    assert "ana-rojas" in entities
    assert not entities & {"question", "prime-minister", "rojas"}


def test_roles_by_word_ending_and_teams_named_by_their_roles():
    facts = facts_of("Corvara and Belmonte drew 2-2 on Sunday. Dr Ana Ruiz, a seismologist at "
                     "the Andes Institute, watched as Corvara coach Paulo Neves praised his "
                     "striker Tiago Lemos.")
    entities = by_id(facts)
    assert entities["ana-ruiz"].role.startswith("seismologist")
    assert entities["tiago-lemos"].role == "striker"
    assert entities["corvara"].kind == "organization"


def test_the_body_or_country_in_a_role_is_an_actor():
    facts = facts_of("Dock workers will strike, KVL negotiator Anna Berg told reporters. The KVL "
                     "union said talks had failed.\n\nMalawian Finance Secretary Peter Banda "
                     "met Lumo Rovers striker Ali Sako, who scored against Dandelion City, and "
                     "Finance Minister Ruth Moyo.")
    entities = {e.id: e for e in facts.entities}
    assert entities["anna-berg"].affiliation == "kvl"
    assert entities["kvl"].kind == "organization"
    assert entities["peter-banda"].affiliation == "malawi"
    assert "finance" not in entities  # a capitalised portfolio is not a body


def test_a_body_in_a_role_is_the_one_already_named():
    facts = facts_of("The Nordic Harbour Fund proposed new rules. NHF chief Ilse Ruud said the "
                     "NHF would act.")
    entities = {e.id: e for e in facts.entities}
    assert entities["ilse-ruud"].affiliation == "nordic-harbour-fund"
    assert "nhf" not in entities


def test_a_body_name_cut_at_and_is_joined_but_two_bodies_are_not():
    facts = facts_of("Teachers will strike, the Northern Teaching and Childcare Federation said. "
                     "Ford and General Motors cut prices.")
    ids = {e.id for e in facts.entities}
    assert "northern-teaching-and-childcare-federation" in ids
    assert "northern-teaching" not in ids


def test_a_person_known_by_one_name_takes_the_full_name_written_earlier():
    facts = facts_of("In a small flat in Tbilisi, Tamar Lomidze runs a newsroom.\n\n"
                     "\"We stay,\" Lomidze says.")
    assert {q.speaker for q in facts.quotes} == {"tamar-lomidze"}


def test_a_name_before_who_is_a_person():
    facts = facts_of("Rafael Ostrom, who came third, has not endorsed anyone.")
    assert {e.id: e.kind for e in facts.entities}.get("rafael-ostrom") == "person"


def test_a_lone_surname_after_another_given_name_is_someone_else():
    facts = facts_of("Odile Marchand, the French cellist, has died. \"She taught us all,\" her "
                     "niece, Lucie Marchand, said. Marchand recorded 40 albums.")
    entities = {e.id: e for e in facts.entities}
    assert entities["odile-marchand"].kind == "person"
    assert entities["odile-marchand"].role == "French cellist"
    assert entities["lucie-marchand"].role != "French cellist"


def test_the_body_word_alone_is_the_body_that_ends_with_it():
    facts = facts_of("The Andean Commission fined Lumora on Monday. Lumora said the Commission "
                     "was wrong.")
    ids = {e.id for e in facts.entities}
    assert "andean-commission" in ids and "commission" not in ids


def test_a_role_after_is_or_has_been():
    facts = facts_of("Elina Koski has been Finland's foreign minister since 2023.")
    assert {e.id: e.role for e in facts.entities}["elina-koski"] == "Finland's foreign minister"


def test_trade_words_and_last_words_of_body_names():
    facts = facts_of("Chipmaker Veltron will cut 4,000 jobs. Veltron said it would offer "
                     "departing employees 16 weeks of pay.\n\nThe Harbour Rovers drew 1-1. Rovers "
                     "boss Unai Ibarra was pleased.")
    entities = {e.id: e for e in facts.entities}
    assert entities["veltron"].kind == "organization"
    assert "chipmaker-veltron" not in entities and "rovers" not in entities
    assert entities["unai-ibarra"].affiliation == "harbour-rovers"
    assert [(c.by, c.counterpart is None, c.what) for c in facts.offers] == [
        ("veltron", True, "16 weeks of pay")]


def test_a_body_named_by_its_first_word_and_a_name_ending_in_a_common_noun():
    from generator.extract.entities import _bodies_named_in_full, _classify
    from generator.lexicon import load_lexicon

    spans = [(0, 16, "Rheinwerk Chemie", "person", "Rheinwerk Chemie"),
             (40, 49, "Rheinwerk", "organization", "Rheinwerk"),
             (60, 70, "Ana Reyes", "person", "Ana Reyes")]
    kinds = {s[2]: s[3] for s in _bodies_named_in_full(spans)}
    assert kinds == {"Rheinwerk Chemie": "organization", "Rheinwerk": "organization",
                     "Ana Reyes": "person"}
    lex = load_lexicon()
    assert _classify("the IG BCE union", "ORG", lex) == ("IG BCE", "organization")


def test_a_place_with_a_body_word_that_acts_is_that_body():
    facts = facts_of("Midfielder Tomas Varga wants to leave Corvale City. Corvale City have "
                     "offered a one-year extension, and Harwick Town have made an offer.\n\n"
                     "Reality star Kelsey Price has blasted trolls.")
    entities = {e.id: e for e in facts.entities}
    assert entities["corvale-city"].kind == "organization"
    assert "city" not in entities
    assert entities["kelsey-price"].kind == "person"


def test_a_role_word_opening_a_sentence_and_no_role_made_of_a_verb():
    facts = facts_of("Striker Jonas Falk has handed in a transfer request. Falk's agent, Marco "
                     "Lenz, said the player wanted a new challenge.")
    roles = {e.id: e.role for e in facts.entities}
    assert roles["jonas-falk"] == "Striker"
    assert roles["marco-lenz"] == "Falk's agent"


def test_a_role_word_the_model_took_for_a_body_is_no_actor():
    for text in ("Footballer's wife Megan Doyle has turned down an offer of 1 million pounds "
                 "from a streaming service for a documentary about her life, friends say.",
                 "Winger wants out unless Blues match his wages\n\nRovers winger Tom Reid has "
                 "demanded a transfer."):
        ids = {e.id for e in facts_of(text).entities}
        assert not ids & {"footballer", "winger"}, ids


TELLY_ULTIMATUM = (
    "HOLLY'S £5M ULTIMATUM: Telly queen tells ITV bosses to match Netflix or she walks\n\n"
    "TV favourite Holly Willoughby has told ITV chiefs she wants £5million a year and her own "
    "primetime Saturday show to stay at the channel, insiders claim.\n\n"
    "The 46-year-old is weighing a blockbuster offer from Netflix, which has dangled a three-year "
    "deal to front a new dating series.\n\n"
    "ITV bosses are said to have offered her a 20 per cent pay rise — but Holly is holding out "
    "for the Saturday slot.")


def test_a_first_name_and_a_name_the_model_tags_two_ways_are_one_actor():
    facts = facts_of(TELLY_ULTIMATUM)
    assert "holly" not in {e.id for e in facts.entities}  # `Holly`, tagged a body: her
    # `Netflix`, tagged a person once and a place once, is one actor; `dangled` offers
    assert any(c.by == "netflix" and "three-year deal" in c.what for c in facts.offers)


def test_a_portfolio_of_several_parts_is_a_title_not_bodies():
    facts = facts_of("Excerpts from a news conference by Land, Infrastructure and Transport "
                     "Minister Hiro Sato in Tokyo on Friday.")
    assert {e.id for e in facts.entities} == {"hiro-sato"}


def test_initials_with_their_last_full_stop_trimmed_are_still_the_body():
    facts = facts_of("Seoul will send aid through U.N. agencies.")
    assert "united-nations" in {e.id for e in facts.entities}


def test_bodies_the_model_misses_by_their_letters_their_word_or_the_lexicon():
    facts = facts_of("Qatar proposed a truce. The Rapid Response Brigades (RRB) rejected it, and "
                     "the RRB wants elections.\n\nWinger Jordan Reece has told Harbourside United "
                     "he wants to leave. \"Jordan feels disrespected,\" a friend said.\n\n"
                     "The trade body Energy UK said its members needed certainty. Farmers fear "
                     "the deal with the Mercosur bloc.")
    entities = {e.id: e for e in facts.entities}
    assert "rrb" not in entities and "rapid-response-brigades" in entities
    assert entities["harbourside-united"].kind == "organization"
    assert "jordan" not in entities and facts.quotes[0].speaker == "unknown"
    assert entities["energy-uk"].kind == "organization" and "united-kingdom" not in entities
    assert "mercosur" in entities


def test_a_city_and_a_title_inside_a_name_the_model_tagged():
    facts = facts_of("Lisbon Mayor Carlos Moedas said the city would build 6,000 homes.")
    entities = {e.id: e for e in facts.entities}
    assert entities["carlos-moedas"].role == "Lisbon Mayor"
    assert "portugal" not in entities and "lisbon-mayor-carlos-moedas" not in entities


def test_the_commission_is_the_lexicons_unless_another_is_named():
    facts = facts_of("Farm ministers met in Brussels. Commissioner Piet Hansen said the Commission "
                     "would propose a fund.")
    assert "european-commission" in {e.id for e in facts.entities}


def test_a_body_named_before_what_it_is_and_the_roles_that_point_to_it():
    facts = facts_of("The Ardent-CGT metalworkers' union called a strike. \"We want a new model,\" "
                     "said Lia Conti, the union's general secretary.\n\nThe players met "
                     "Harbourside United. But United chairman Colin Brandt was calm.")
    entities = {e.id: e for e in facts.entities}
    assert entities["ardent-cgt"].kind == "organization"
    assert entities["lia-conti"].affiliation == "ardent-cgt"
    assert entities["colin-brandt"].role == "United chairman"
    assert entities["colin-brandt"].affiliation == "harbourside-united"


def test_descriptors_lists_and_names_inside_a_body_name():
    facts = facts_of("Budget airline Aerolux has agreed to pay compensation.\n\n"
                     "Meta, which owns Facebook, Instagram and WhatsApp, objected. Digital rights "
                     "group the Internet Freedom Foundation called the rules harmful.\n\n"
                     "Campaigners from the Save Kelby Fields group will appeal.")
    entities = {e.id: e for e in facts.entities}
    assert "aerolux" in entities and "budget-airline-aerolux" not in entities
    assert {"facebook", "instagram", "whatsapp"} <= set(entities)
    assert "digital" not in entities and "internet-freedom-foundation" in entities
    assert entities["save-kelby-fields"].kind == "organization"


def test_a_body_with_of_in_its_name_before_a_title_is_a_body():
    from generator.extract.entities import _of_body
    from generator.lexicon import load_lexicon

    lex = load_lexicon()
    assert _of_body("Port of Antwerp-Bruges", lex) and _of_body("Bank of Korea", lex)
    assert not _of_body("Minister of Foreign Affairs", lex) and not _of_body("Defence", lex)


def test_amounts_clubs_by_their_verb_whole_names_and_lone_places():
    from generator.extract.entities import _classify
    from generator.lexicon import load_lexicon

    assert _classify("Ukraine 4.5 billion dollars", "ORG", load_lexicon()) == (
        "Ukraine", "country")
    facts = facts_of("Real Montano have rejected a 55 million euro bid. Real Montano president "
                     "Florentino Ruiz was firm.\n\n"
                     "Nurses want Health New Zealand to hire more staff. Health New Zealand has "
                     "offered 2.5% this year and 2% next year.\n\n"
                     "Moussa Diop has fished from the beach at Kayar since he was a boy.")
    entities = {e.id: e for e in facts.entities}
    assert entities["real-montano"].kind == "organization"
    assert entities["florentino-ruiz"].affiliation == "real-montano"
    assert "new-zealand" not in entities and "kayar" not in entities


def test_a_couple_sharing_a_surname_and_a_first_name_given_an_age():
    facts = facts_of("Reality TV couple Jade and Ryan Porter have split. Jade, 30, wants to keep "
                     "the house. But Ryan, 34, is demanding that it be sold.")
    entities = {e.id: e for e in facts.entities}
    assert entities["jade-porter"].kind == "person"
    assert entities["ryan-porter"].kind == "person"
    assert "ryan" not in entities and "jade" not in entities
    assert any(c.by == "jade-porter" for c in facts.demands)


def test_a_union_described_with_a_possessive():
    facts = facts_of("Unite, the plant's main union, called on ministers to act.")
    assert {e.id: e.kind for e in facts.entities}.get("unite") == "organization"


def test_small_states_and_a_council_named_for_two_towns():
    facts = facts_of("Palau's president spoke. Brighton and Hove City Council has offered to "
                     "lease the pool.")
    ids = {e.id for e in facts.entities}
    assert "palau" in ids
    assert "brighton-and-hove-city-council" in ids and "hove-city-council" not in ids


def test_an_airline_a_developer_before_a_name_and_letters_set_off_by_commas():
    facts = facts_of("Cabin crew at Lindqvist Air will strike on Monday. Developer Fernhill "
                     "Homes has bought the site. The Baltic Anglers Federation, BAF, urged "
                     "calm. \"We are tired,\" said Ona Petraitis, BAF's secretary.")
    ids = {e.id for e in facts.entities}
    assert "lindqvist-air" in ids
    assert "fernhill-homes" in ids and "developer-fernhill-homes" not in ids
    assert "baltic-anglers-federation" in ids and "baf" not in ids


def test_joined_particles_a_title_with_a_stop_a_lone_title_and_plural_untagged_bodies():
    facts = facts_of("Its president, Sgt. Loretta Vance, said the deal was \"a start\". Talal "
                     "al-Mansouri said Doha would help. The Duke, 42, lost his security.\n\n"
                     "The Huntington's Society said patients \"cannot wait\".\n\n"
                     "Deportivo Ferrol have offered winger Iker Salas a new contract.")
    entities = {e.id: e for e in facts.entities}
    assert entities["loretta-vance"].role == "Its president"
    assert "talal-al-mansouri" in entities and "duke" not in entities and "sgt" not in entities
    assert "huntington-s-society" in entities and "society" not in entities
    assert "deportivo-ferrol" in entities
    assert entities["iker-salas"].role == "winger"


def test_a_body_which_represents_and_a_body_named_again_untagged():
    facts = facts_of("Forge, which represents 3,000 Kelby Steel workers, wants a guarantee "
                     "that no plant will close.")
    assert has(facts.demands, "forge", "no plant will close")
    text = "Talks with Arlecchino stalled. Arlecchino are ready to pay. Arlecchinos laughed."
    spans = [(11, 21, "Arlecchino", "organization", "Arlecchino")]
    assert _untagged_repeats(text, spans) == [(31, 41, "Arlecchino", "organization",
                                               "Arlecchino")]


def test_a_capitals_mayor_and_a_sector_body_opening_a_sentence():
    facts = facts_of("Lisbon's mayor, Rui Matos, spoke.\n\nSport Ireland has offered clubs 2 "
                     "million euros.")
    ids = {e.id for e in facts.entities}
    assert "portugal" not in ids
    assert "sport-ireland" in ids


def test_a_journeys_end_an_agency_by_its_full_name_and_a_body_with_for_in_its_name():
    facts = facts_of("The offer was made during a visit to Ashgabat by the vice premier. "
                     "The statement was carried by the Korean Central News Agency.\n\n"
                     "Airlines for Europe, which represents the big carriers, said the strike "
                     "would cost 100 million euros.")
    ids = {e.id for e in facts.entities}
    assert "ashgabat" not in ids and "korean-central-news-agency" not in ids
    assert "airlines-for-europe" in ids and "europe" not in ids


def test_a_sector_and_a_country_tagged_a_person_is_a_body():
    from generator.extract.entities import _classify
    from generator.lexicon import load_lexicon
    assert _classify("Historic England", "PERSON", load_lexicon()) == (
        "Historic England", "organization")
    assert _classify("Jordan Peterson", "PERSON", load_lexicon())[1] == "person"


def test_a_company_named_only_in_its_bosss_role():
    facts = facts_of("Skyvane boss Mara Lind said the strike was \"madness\". Club chairman Ian "
                     "Holt agreed.")
    entities = {e.id: e for e in facts.entities}
    assert "skyvane" in entities and entities["mara-lind"].affiliation == "skyvane"
    assert "club" not in entities


def test_a_place_named_before_a_namesake_a_regulator_and_a_utilitys_possessive():
    facts = facts_of("Jordan and Egypt signed a water deal on Monday. \"It is fair,\" said "
                     "analyst Jordan Reyes. The deal protects Jordan.\n\n"
                     "Regulator Aquaflow said it would consider the plan.\n\n"
                     "Kelby Water's creditors have offered to inject 3 billion pounds.")
    ids = {e.id for e in facts.entities}
    assert "jordan" in ids and "jordan-reyes" in ids
    assert "aquaflow" in ids and "regulator-aquaflow" not in ids
    assert "kelby-water" in ids


def test_a_secretary_of_state_is_one_title():
    for name in ("Marcus Hale", "Linda Carver"):  # tagged from `State` and from the name
        facts = facts_of(f"\"The ball is in their court,\" U.S. Secretary of State {name} told "
                         "reporters.")
        entities = {e.id: e for e in facts.entities}
        person = name.lower().replace(" ", "-")
        assert person in entities and "state" not in entities
        assert entities[person].role.endswith("Secretary of State")


def test_a_role_does_not_reach_back_over_for():
    facts = facts_of("Celtic have rejected a 25 million pound bid from Brighton for striker "
                     "Kyogo Furuhashi.")
    assert {e.id: e for e in facts.entities}["kyogo-furuhashi"].role == "striker"


def test_a_sport_before_a_name_is_a_role():
    facts = facts_of("Boxer Dan Kirwin has been offered a rematch.")
    entities = {e.id: e for e in facts.entities}
    assert "dan-kirwin" in entities and entities["dan-kirwin"].role == "Boxer"


def test_regions_and_places_the_model_took_for_people_are_no_actors():
    facts = facts_of("Norway has offered a larger share of the cod quota around Svalbard.\n\n"
                     "Lecturers at the University of Hull will strike. \"Hull is not an "
                     "outlier,\" said Priya Raman, a professor of Southeast European history."
                     "\n\nSouthern Water will pay every household in Whitstable and Herne Bay "
                     "200 pounds. Farmers want beef from South America to meet their standards.")
    ids = {e.id for e in facts.entities}
    assert {"norway", "university-of-hull", "priya-raman", "southern-water"} <= ids
    assert not ids & {"svalbard", "hull", "southeast-european", "herne-bay", "south-america",
                      "united-states"}


def test_a_capital_inside_a_clubs_name_is_the_club_not_the_country():
    facts = facts_of("Real Madrid have offered Trent Alexander-Arnold a four-year contract.\n\n"
                     "Talks in Moscow failed. President Putin said Moscow wants a deal.")
    ids = {e.id for e in facts.entities}
    assert "real-madrid" in ids and "spain" not in ids
    assert "russia" in ids
    assert has(facts.offers, "real-madrid", "four-year contract")


def test_where_towns_or_residents_are_is_a_place_and_a_chemie_is_a_company():
    facts = facts_of("A chemicals maker has polluted three towns in the Ruhr, residents say.\n\n"
                     "Villagers in Little Brampton want the bus kept. Staff at Unite said "
                     "they would help.\n\n"
                     "Brandvik Chemie, which denies wrongdoing, offered to pay for filters.")
    ids = {e.id for e in facts.entities}
    kinds = {e.id: e.kind for e in facts.entities}
    assert "ruhr" not in ids and "brampton" not in ids and "little-brampton" not in ids
    assert kinds.get("brandvik-chemie") == "organization" and "unite" in ids


def test_products_and_works_are_no_actors_and_an_informateur_has_a_role():
    facts = facts_of("Corvex Pharma has offered a discount on its cystic fibrosis drug Alvexa, "
                     "two sources said.\n\n"
                     "Vietnam fears its neighbour's planned Tolan Meris canal will starve the "
                     "delta.\n\n"
                     "Informateur Ed van der Wal is expected to report on Friday.")
    ids = {e.id for e in facts.entities}
    roles = {e.id: e.role for e in facts.entities}
    assert "corvex-pharma" in ids and "vietnam" in ids
    assert "alvexa" not in ids and "tolan-meris" not in ids
    assert roles.get("ed-van-der-wal") == "Informateur"


def test_a_body_named_for_its_cause_is_a_body():
    facts = facts_of("The Coalition for Fair Harbours, whose members include Nordline and Baltic "
                     "Freight, urged Brussels to act faster.")
    ids = {e.id for e in facts.entities}
    assert "coalition-for-fair-harbours" in ids and "the-coalition-for-fair-harbours" not in ids


def test_a_campaign_group_a_kicker_a_title_with_the_and_a_company_ending_in_a_nationality():
    facts = facts_of("Explainer: What the harbour fight is about\n\n"
                     "The campaign group Keep Tarn Afloat says the plan is flawed. Its chair "
                     "spoke to The Clarion on Friday.\n\n"
                     "Anglo Nordic rejected the bid. Georgetown said it would not comment.")
    entities = by_id(facts)
    assert entities["keep-tarn-afloat"].kind == "organization"
    assert "explainer" not in entities
    assert "the-clarion" in entities and "clarion" not in entities
    assert entities["anglo-nordic"].kind == "organization"
    assert "guyana" in entities


def test_a_body_of_a_clubs_people_a_part_named_after_a_body_and_an_acronym_defined():
    facts = facts_of("Tarn Rovers defender Ola Brek wants a new deal. The Tarn Rovers Supporters "
                     "Trust urged the board to act.\n\n"
                     "Keelcoin, the industry group that sued the state, lost. Ana Puig, director "
                     "of the Keelcoin Litigation Center, said it would appeal.\n\n"
                     "The Syndicat autonome des pêcheurs (SAP), which represents 900 crews, "
                     "wants quotas raised. The SAP met on Monday.\n\n"
                     "The government of Premier Lise Roy has offered 2%.")
    entities = by_id(facts)
    assert entities["ola-brek"].affiliation == "tarn-rovers"
    assert {"tarn-rovers", "tarn-rovers-supporters-trust"} <= set(entities)
    assert {"keelcoin", "keelcoin-litigation-center"} <= set(entities)
    assert "syndicat-autonome-des-pecheurs" in entities and "sap" not in entities
    assert entities["lise-roy"].role == "Premier"


def test_a_states_law_a_friends_group_and_a_headline_surname():
    facts = facts_of("BREK'S AGENT: PAY UP\n\n"
                     "Striker Ola Brek wants a new deal.\n\n"
                     "Nevada's new law takes effect in May. Friends of Ash Lane Library say the "
                     "branch must stay open.")
    entities = by_id(facts)
    assert "brek" not in entities and "ola-brek" in entities
    assert entities["nevada"].kind == "organization"
    assert "friends-of-ash-lane-library" in entities


def test_names_known_as_letters_for_a_body_a_portfolio_and_places_that_are_no_people():
    facts = facts_of("ANALYSIS: Why the Tarn board is under pressure\n\n"
                     "Tarnia Cricket Board, known as Tarn Cricket, has offered players more. TCB's "
                     "chief, Ola Brek, said TCB could not pay more. Health Minister Ivo Rask "
                     "urged calm.\n\n"
                     "Chef Marco Pelle's wife wants the Cotswolds farmhouse and the couple's "
                     "London flat. Lawyers for Gemma Pelle said a source close to Gemma was "
                     "right.")
    entities = by_id(facts)
    assert "analysis" not in entities and "tarn-cricket" not in entities
    assert "health" not in entities and entities["ivo-rask"].affiliation is None
    assert "cotswolds" not in entities and "united-kingdom" not in entities
    assert entities["gemma-pelle"].kind == "person" and "gemma" not in entities


def test_councillors_hyphenated_given_names_and_mixed_case_initials():
    facts = facts_of("Tarn Council's transport lead, Cllr Ana Ruiz, backed the plan. Vice "
                     "Minister Park Min-soo met Transport for Wales officials. TfW agreed. A "
                     "Rask-led group stayed away.")
    entities = by_id(facts)
    assert "ana-ruiz" in entities and "cllr-ana-ruiz" not in entities
    assert "park-min-soo" in entities
    assert "transport-for-wales" in entities and "tfw" not in entities
    assert "rask-led" not in entities


def test_facilities_that_act_or_employ_are_bodies_and_places_people_live_or_go_are_not():
    facts = facts_of("\"Nobody will move,\" said Ana Ruiz, a researcher at the CiviKos Platform in "
                     "Pristina. Chelsea and Paris Saint-Germain are both monitoring the talks. "
                     "The Golden Gate Bridge was closed.\n\n"
                     "Parents and residents in Kingsmead have vowed to fight the depot. The "
                     "association wants it moved to an industrial estate in Hackney Wick. "
                     "Shipping lines have started diverting vessels to Rotterdam.")
    entities = by_id(facts)
    assert entities["ana-ruiz"].affiliation == "civikos-platform"
    assert "paris-saint-germain" in entities and "golden-gate-bridge" not in entities
    assert not {"kingsmead", "hackney-wick", "rotterdam"} & set(entities)


def test_letters_after_a_name_judges_numbered_and_city_bodies_and_joined_acronyms():
    facts = facts_of("\"It was a choice,\" said Imran Patel KC, who represents the families. "
                     "Lawyers told Mr Justice Freedman that the City of Tarnford Council knew. "
                     "The Velm Workers Union No. 2 backed them. The union has asked the "
                     "Committee on Foreign Investment in the United States (CFIUS) to act.")
    entities = by_id(facts)
    assert {"imran-patel", "freedman", "city-of-tarnford-council",
            "committee-on-foreign-investment-in-the-united-states"} <= set(entities)
    assert not {"imran-patel-kc", "justice-freedman", "tarnford-council"} & set(entities)
    assert any(e.startswith("velm-workers-union-no-2") for e in entities)


def test_a_dateline_country_a_building_outside_or_ablaze_and_a_county_home_are_no_actors():
    facts = facts_of("SANTIAGO, Chile (Reuters) - Workers at the Velm mine voted on Thursday.\n\n"
                     "\"We will be outside Leinster House on Tuesday,\" said Ana Ruiz. Families "
                     "of those who died in the fire at Maple Court have sued. The actor's wife "
                     "wants their £2million Cheshire home.")
    entities = by_id(facts)
    assert not {"chile", "leinster-house", "maple-court", "cheshire"} & set(entities)


def test_a_qualified_party_name_and_a_peoples_adjective():
    facts = facts_of("The Social Democrats want a vote. Velm will release 300 Palestinian "
                     "prisoners.")
    entities = by_id(facts)
    assert "social-democrats" in entities and "democrats" not in entities
    assert "palestine" not in entities


def test_a_dateline_with_a_date_and_a_city_named_as_a_body():
    facts = facts_of("VIENNA, Oct 6 (Reuters) - Velm pledged to cut output.\n\n"
                     "The union rejected the City of Portland's latest contract offer.")
    entities = by_id(facts)
    assert "austria" not in entities and "city-of-portland" in entities


def test_bylines_ranks_transcript_labels_and_a_club_before_a_position():
    facts = facts_of("By Elena Marquez\n\nArmy spokesman Brig. Gen. Nabil Haddad said there "
                     "could be no truce. Bayer Leverkusen midfielder Florian Wirtz wants a move. "
                     "Quarterback Joe Burrow agreed.\n\nPRESENTER: The BMA says its members will "
                     "strike.\n\nHADDAD: The BMA will not comment.")
    entities = by_id(facts)
    assert "elena-marquez" not in entities
    assert "brig" not in entities and entities["nabil-haddad"].role == "Army spokesman"
    assert entities["florian-wirtz"].affiliation == "bayer-leverkusen"
    assert entities["joe-burrow"].role == "Quarterback"
    assert "bma" in entities and "the-bma" not in entities


def test_partners_names_and_names_ending_in_s():
    facts = facts_of("Clayton, Dubilier & Rice has raised its offer for Sainsbury's to 320p a "
                     "share. Sainsbury's board said it was reviewing the proposal. McDonald's "
                     "said it would raise wages. Ford's board said no. Nippon Steel will invest "
                     "in U.S. Steel's ageing mills.")
    entities = by_id(facts)
    assert "clayton-dubilier-rice" in entities and "clayton" not in entities
    assert {"sainsbury-s", "mcdonald-s", "ford", "u-s-steel"} <= set(entities)
    assert not {"sainsbury", "mcdonald", "ford-s", "u-s-steel-s"} & set(entities)


def test_a_dateline_with_accents_an_administration_and_a_ministry():
    facts = facts_of("BELÉM, Brazil — The Trump administration wants a deal. The Chinese Foreign "
                     "Ministry said it would respond. The Ethiopian Water Ministry agreed.")
    entities = by_id(facts)
    assert "brazil" not in entities
    assert {"united-states", "china"} <= set(entities)
    assert not {"trump", "chinese-foreign-ministry"} & set(entities)
    assert "ethiopian-water-ministry" in entities


def test_a_tabloids_capitals_and_a_boast_in_a_quote():
    facts = facts_of("JOSHUA'S DEMAND: AJ wants more\n\nANTHONY JOSHUA is demanding a bigger "
                     "purse.\n\nFrank Warren said: \"Daniel Dubois is the champion.\"")
    entities = by_id(facts)
    assert "anthony-joshua" in entities and "joshua" not in entities
    assert entities["daniel-dubois"].role is None


def test_ids_spell_letters_unicode_does_not_decompose():
    facts = facts_of("GDL leader Mario Reiß said no. Lars Løkke Rasmussen agreed.")
    assert {"mario-reiss", "lars-lokke-rasmussen"} <= set(by_id(facts))


def test_letters_for_a_thing_and_a_union_president():
    facts = facts_of("The WNBA rejected the union's call for a new collective bargaining "
                     "agreement. The CBA expires in October.\n\nThe Women's National Basketball "
                     "Players Association wants more. \"We want our share,\" union president "
                     "Nneka Ogwumike said.")
    entities = by_id(facts)
    assert "cba" not in entities
    assert entities["nneka-ogwumike"].affiliation == \
        "women-s-national-basketball-players-association"


def test_a_description_before_a_name_is_no_part_of_it():
    facts = facts_of("Serbia will supply gas to Bosnia's Serb-run Republika Srpska this winter. "
                     "Belgrade will also lend Republika Srpska 150 million euros.")
    entities = by_id(facts)
    assert "republika-srpska" in entities and "serb-run-republika-srpska" not in entities


def test_the_outlet_that_tells_its_own_story_is_no_actor():
    facts = facts_of("Aston Villa have offered Unai Emery a new deal, the Daily Star can reveal. "
                     "The Mirror understands Emery wants more. Emery told BBC Sport he was happy.")
    entities = by_id(facts)
    assert not {"daily-star", "mirror", "the-mirror"} & set(entities)
    assert "bbc-sport" in entities


def test_a_place_where_something_is_built_or_held_is_no_actor():
    facts = facts_of("Plans for 420 flats on the former gasworks site at Harbour Quay will go "
                     "before Bristol City Council. The Duke has offered to fly back for a "
                     "private meeting at Clarence House.")
    entities = by_id(facts)
    assert not {"harbour-quay", "clarence-house"} & set(entities)
    assert "bristol-city-council" in entities


def test_a_bodys_initials_are_that_body_where_the_text_uses_them():
    facts = facts_of("Egypt and the Palestinian Authority are negotiating. The PA wants full "
                     "control of the crossing.")
    assert any(c.by == "palestinian-authority" for c in facts.demands)


def test_a_department_for_a_list_of_things_is_one_body():
    facts = facts_of('A spokesperson for the Department for Environment, Food and Rural Affairs '
                     'said ministers were "considering the options".')
    assert {e.id for e in facts.entities} == {"department-for-environment-food-and-rural-affairs"}
    assert [q.speaker for q in facts.quotes] == ["unknown"]


def test_a_name_of_letters_and_digits_that_acts_is_a_body():
    facts = facts_of("Kigali denies backing the M23 rebellion. The M23 has demanded a seat at any "
                     "peace talks.")
    assert any(c.by == "m23" for c in facts.demands)


def test_a_tabloids_capitalised_first_name_is_the_same_person():
    facts = facts_of('JORDAN Henderson has told Ajax he wants to return to England this summer.'
                     '\n\nAjax director Alex Kroes said: "Jordan is happy here."')
    ids = {e.id for e in facts.entities}
    assert "jordan-henderson" in ids and not ids & {"jordan", "jordan-henderson-s"}


def test_a_show_or_film_named_after_its_kind_is_no_actor():
    facts = facts_of("Dani Dyer wants more. Producers have offered the 30-year-old £350,000 to "
                     "present the spin-off show Aftersun, but she is holding out for a primetime "
                     "slot.")
    assert "aftersun" not in {e.id for e in facts.entities}
    assert any(c.by == "dani-dyer" and "primetime slot" in c.what for c in facts.demands)


def test_an_airport_is_a_body():
    facts = facts_of("Heathrow Airport has offered to freeze the charges it levies on airlines "
                     "for five years.")
    assert {e.id: e.kind for e in facts.entities}.get("heathrow-airport") == "organization"


def test_a_body_named_for_a_region_keeps_the_region_in_its_name():
    facts = facts_of('"Both capitals still take calls from Brazil," said Ana Ruiz, a researcher '
                     'at the Washington Office on Latin America.\n\nBrazil briefed the Security '
                     'Council on Venezuela.')
    ids = {e.id for e in facts.entities}
    assert "washington-office-on-latin-america" in ids
    assert not ids & {"washington-office", "latin-america", "security-council-on-venezuela"}


def test_a_name_the_headline_tags_a_person_is_the_place_the_story_names():
    facts = facts_of("Brazil offers to host Essequibo talks as Caracas rejects court ruling\n\n"
                     "Brazil offered on Monday to host direct talks between Venezuela and Guyana "
                     "over the disputed Essequibo region.")
    assert "essequibo" not in {e.id for e in facts.entities}


def test_where_residents_live_is_a_place_and_so_is_a_village_named_with_one():
    facts = facts_of("Residents of Hollins Cross have called on Derbyshire County Council to "
                     "install a crash barrier.\n\nA petition asks the council to put up cameras "
                     "between the village and Sparrowpit.")
    ids = {e.id for e in facts.entities}
    assert "derbyshire-county-council" in ids
    assert not ids & {"hollins-cross", "sparrowpit"}


def test_a_possessive_place_does_not_push_the_role_word_out_of_reach():
    facts = facts_of("Tarnshire's police and crime commissioner, Ada Quill, said she would "
                     "meet residents.")
    assert by_id(facts)["ada-quill"].role.endswith("police and crime commissioner")


def test_letters_that_skip_the_second_of_a_pair_are_the_body_the_text_names():
    facts = facts_of("The England and Wales Cricket Board has offered a bonus pool.\n\nAn ECB "
                     "spokesperson said talks would continue.")
    ids = {e.id for e in facts.entities}
    assert "england-and-wales-cricket-board" in ids
    assert "european-central-bank" not in ids


def test_a_club_before_a_players_position_is_a_body_but_a_title_is_not():
    facts = facts_of("Chloe Vance is divorcing Tarnford defender Jake Vance.\n\nPhilippine "
                     "Defence Secretary Gilberto Teodoro spoke in Manila. Corrie star Ada "
                     "Quill was there.")
    ids = {e.id for e in facts.entities}
    assert "tarnford" in ids
    assert by_id(facts)["jake-vance"].affiliation == "tarnford"
    assert not ids & {"philippine-defence", "corrie"}


def test_a_two_word_capital_next_to_a_reporting_verb_is_no_person():
    facts = facts_of("Tarnia is pushing for the crossings to reopen, officials in Phnom Penh "
                     "said on Wednesday.")
    assert not {e.id for e in facts.entities if e.kind == "person"}


def test_the_city_of_a_council_is_part_of_its_name():
    facts = facts_of("The City of Tarnford Council has agreed to cut business rates for 40 "
                     "venues by half.")
    ids = {e.id for e in facts.entities}
    assert "city-of-tarnford-council" in ids and "tarnford-council" not in ids


def test_a_place_or_product_named_before_what_it_is_is_no_actor():
    facts = facts_of("Tarnia is prepared to let cargo cross its territory to the Velmarok "
                     "exclave, its prime minister said.\n\nMicrosoft has offered to sell its "
                     "Office software without its Copilot AI assistant.")
    ids = {e.id for e in facts.entities}
    assert "microsoft" in ids
    assert not ids & {"velmarok", "office", "copilot"}


def test_a_shows_favourite_is_a_person_with_that_role_and_the_show_no_body():
    facts = facts_of("TARNVILLE STAR'S DEMAND\n\nTARNVILLE favourite Amber Quill is demanding "
                     "£100,000 for pictures of her wedding.")
    people = by_id(facts)
    assert "amber-quill" in people and people["amber-quill"].role.endswith("favourite")
    assert "tarnville" not in people


def test_a_body_named_for_two_places_and_regions_listed_before_their_kind():
    facts = facts_of("The Mull and Iona Community Trust wants a guaranteed place on every "
                     "sailing.\n\nVelmar demands that Tarnia withdraw its troops from the Dornak, "
                     "Luvask and Kherbin regions.")
    ids = {e.id for e in facts.entities}
    assert "mull-and-iona-community-trust" in ids and "iona-community-trust" not in ids
    assert not ids & {"dornak", "luvask", "kherbin"}


def test_a_company_described_as_anothers_rival_is_a_body_but_a_promoter_is_a_person():
    facts = facts_of("Tarnmart has offered remedies.\n\nKorvu, Tarnmart's main domestic rival, "
                     "said the commitments did \"not go far enough\" and called for a fine.\n\n"
                     "Eddie Vane, Joshua's promoter, said: \"We want this fight but it has to be "
                     "fair.\"")
    kinds = {e.id: e.kind for e in facts.entities}
    assert kinds.get("korvu") == "organization" and kinds.get("eddie-vane") == "person"
    assert {q.text: q.speaker for q in facts.quotes}["not go far enough"] == "korvu"


def test_a_bodys_product_tagged_as_a_person_is_no_actor():
    facts = facts_of("Brussels orders Apple to open its payments chip\n\n"
                     "The European Commission ordered Apple to let rival mobile wallets use the "
                     "iPhone's contactless payment chip on the same terms as Apple Pay. Apple "
                     "said it would appeal.\n\nGaruda Spears have signed Tom Reyes. Garuda "
                     "would pay a fee of £150,000.")
    ids = {e.id for e in facts.entities}
    assert "apple" in ids and "apple-pay" not in ids
    assert "garuda-spears" in ids  # a short name after the long one shortens it


def test_field_of_an_office_and_a_possessive_before_the_role():
    facts = by_id(facts_of(
        "Surrey director of cricket Alec Stewart declined to comment. \"Consumers should choose,"
        "\" Teresa Ribera, the Commission's executive vice-president for competition, told "
        "reporters. Somerset spinner Shoaib Bashir is wanted by Surrey."))
    assert facts["alec-stewart"].role == "Surrey director of cricket"
    assert facts["teresa-ribera"].role.endswith("executive vice-president for competition")
    assert facts["shoaib-bashir"].role == "Somerset spinner"


def test_names_listed_with_places_are_places():
    facts = facts_of("The council will vote on plans to shut the libraries in Bredbury, Reddish, "
                     "Heald Green, Marple Bridge and Brinnington to save £740,000 a year.")
    ids = {e.id for e in facts.entities}
    assert not ids & {"heald-green", "marple-bridge"}


def test_a_tabloids_opening_word_in_capitals_is_no_actor():
    facts = facts_of("LOVE Island star Molly Bright has demanded £1million for a new series.\n\n"
                     "UAW President Shawn Fain said the UAW would strike.")
    ids = {e.id for e in facts.entities}
    assert "love" not in ids and "uaw" in ids


def test_a_plural_looking_name_is_the_body_named_in_full():
    facts = facts_of("Bondholders in Argos Holdings have agreed to a rescue. The Argos pension "
                     "trustees are demanding a guarantee.")
    ids = {e.id for e in facts.entities}
    assert "argos-holdings" in ids and "argos" not in ids


def test_a_role_a_possessive_opens_before_a_name():
    facts = by_id(facts_of("Osimhen, 28, is understood to want a move and has asked his agent, "
                           "Roberto Calenda, to find a solution. Strictly pro Nikita Kuzmin "
                           "wants a rise."))
    assert facts["roberto-calenda"].role == "agent"
    assert "nikita-kuzmin" in facts


def test_where_residents_live_and_villages_are_places():
    facts = facts_of("The bus runs between Ashby and the villages of Packington and Normanton, "
                     "and the firm wants to cut it. \"This bus is her only way to the doctor's,\" "
                     "said Packington resident Helen Marsh, 41.")
    ids = {e.id for e in facts.entities}
    assert not ids & {"ashby", "packington", "normanton"}
    assert "helen-marsh" in ids


def test_a_name_the_story_calls_a_product_is_none_in_the_headline_either():
    facts = facts_of("Microsoft offers to unbundle Copilot from Windows\n\nMicrosoft has offered "
                     "to sell Windows without its Copilot assistant.")
    assert "copilot" not in {e.id for e in facts.entities}


def test_a_saints_school_is_one_name_and_a_nationality_tagged_as_a_body_is_none():
    facts = facts_of("Parents at St Mary's Primary School in Thornbury want a crossing patrol.\n\n"
                     "Jon Rahm has asked the tour to waive his fines. The Spaniard said on "
                     "Thursday he was \"open to a conversation\".")
    ids = {e.id for e in facts.entities}
    assert "st-mary-s-primary-school" in ids and not ids & {"st-mary", "primary-school"}
    assert "spaniard" not in ids
    assert speakers(facts)["open to a"] == "jon-rahm"


def test_a_possessive_before_quoted_words_and_a_body_whose_first_word_opens_a_sentence():
    facts = facts_of("Meta has offered to cut the price of its subscription. The Commission found "
                     "that Meta's \"pay or consent\" model broke the Digital Markets Act, said it "
                     "would consult.\n\nHigh Peak Borough Council has listed the building as an "
                     "asset of community value.")
    ids = {e.id for e in facts.entities}
    assert "meta" in ids and "meta-s" not in ids
    assert "digital-markets-act" not in ids
    assert "high-peak-borough-council" in ids and "peak-borough-council" not in ids


def test_a_plural_role_before_a_name_is_who_they_are_not_part_of_it():
    facts = facts_of("Administrators Teneo said they hoped to complete the sale by December.\n\n"
                     "The Writers Guild of America said it would strike.")
    ids = {e.id for e in facts.entities}
    assert "teneo" in ids and "administrators-teneo" not in ids
    assert "writers-guild-of-america" in ids


def test_a_surname_tagged_a_body_is_the_person_whose_full_name_is_found_later():
    facts = facts_of(
        "Federation demands answers after Brodova pulls out of national team\n\n"
        "The Czech Tennis Association has demanded an explanation from world No 6 Eva Brodova "
        "after she withdrew from next month's finals.\n\n"
        "Brodova, 24, said on social media that she needed \"to protect my body\" after a long "
        "season, but she is entered in an exhibition event in Abu Dhabi.\n\n"
        "Team captain Petr Pala said he had offered Brodova a reduced role in the doubles only.")
    assert "brodova" not in {e.id for e in facts.entities}
    assert speakers(facts)["to protect my"] == "eva-brodova"


def test_letters_in_brackets_are_the_body_even_when_one_word_goes_unspelled():
    text = "The Independent Workers' Union of Great Britain (IWGB) is calling on Deliveroo to pay."
    found = _defined_acronyms(text, [])
    assert [name for _s, _e, name, _k, _f in found] == [
        "Independent Workers' Union of Great Britain"]
    assert _defined_acronyms("The Quiet Harbour Fund (QXHF) met.", []) == []
    facts = facts_of(text + " The IWGB also wants Deliveroo to publish its pay rates.")
    assert "iwgb" not in {e.id for e in facts.entities}
    assert has(facts.demands, "independent-workers-union-of-great-britain", "pay rates")


def test_roles_held_now_a_title_tagged_with_the_name_and_a_possessive_before_the_office():
    facts = facts_of(
        "Villagers in Marlow End have formed a society to buy the pub. Its secretary, retired "
        "teacher Anne Prowse, said the group had raised £90,000.\n\n"
        "Marlow Parish Council backed the bid. Councillor Ian Devonshire said the council "
        "would support the application for a grant.\n\n"
        "\"This could change lives,\" said Professor Nora Hale, the NHS's national medical "
        "director.")
    entities = {e.id: e for e in facts.entities}
    assert entities["anne-prowse"].role == "Its secretary"
    assert entities["ian-devonshire"].role == "Councillor"
    assert entities["nora-hale"].role == "NHS's national medical director"


def test_a_pub_or_hotel_sold_is_a_place_but_one_that_speaks_is_an_actor():
    facts = facts_of("Villagers have pledged £400,000 to buy the Bull Inn. Its owner, the "
                     "brewery Harlow Ales, set a deadline.\n\nGuests at the Ritz Hotel were "
                     "moved. The Ritz Hotel said it would refund them.")
    ids = {e.id for e in facts.entities}
    assert "bull-inn" not in ids
    assert "ritz-hotel" in ids
    assert next(e for e in facts.entities if e.id == "harlow-ales").kind == "organization"


def test_a_social_network_posted_on_is_the_medium_but_one_that_acts_is_an_actor():
    facts = facts_of("The singer, 31, said on Instagram she would cover the bill. \"That school "
                     "made me who I am,\" she wrote.\n\nIn a TikTok video, her sister thanked "
                     "fans.\n\nTikTok said it would remove the clip.")
    ids = {e.id for e in facts.entities}
    assert "instagram" not in ids
    assert "tiktok" in ids


def test_a_name_the_text_takes_up_with_which_is_a_body_in_every_mention():
    text = "Ofwell has told Brickly to add checks. Brickly, which has 90 million users, agreed."
    start = text.index("Brickly")
    spans = [(start, start + 7, "Brickly", "person", "Brickly")]
    described = _described_bodies(text, spans, load_lexicon())
    assert [kind for _s, _e, name, kind, _f in described if name == "Brickly"][0] == "organization"
    assert _described_bodies("Ann Lee told Brickly, who agreed.", [
        (0, 7, "Ann Lee", "person", "Ann Lee")], load_lexicon())[0][3] == "person"
    found = _bodies_before_which("Brickly, which has 90 million daily users, agreed.", [],
                                 load_lexicon(), [])
    assert [name for _s, _e, name, _k, _f in found] == ["Brickly"]
    assert _bodies_before_which("Hexham, which has a market, is quiet.", [], load_lexicon(),
                                []) == []


def test_a_saints_school_named_with_its_kind_is_one_body():
    facts = facts_of("Parents at St Mary's Primary in Truro are demanding the return of the "
                     "school's crossing patrol.")
    ids = {e.id for e in facts.entities}
    assert "st-mary-s-primary" in ids
    assert "st-mary" not in ids


def test_an_office_named_by_its_nationality_gives_its_spokesman_the_country():
    facts = facts_of("Turkey has offered to host talks between Pakistan and Afghanistan, the "
                     "Turkish foreign ministry said on Wednesday.\n\n\"We are ready to provide a "
                     "venue for the talks,\" foreign ministry spokesman Ozan Demirel told a news "
                     "briefing in Ankara.")
    spokesman = next(e for e in facts.entities if e.id == "ozan-demirel")
    assert spokesman.affiliation == "turkey"
    assert has(facts.offers, "turkey", "venue")


def test_a_title_ending_in_a_role_before_a_name_is_the_persons_office():
    facts = facts_of("The Pubs Advocate, Marian Holt, welcomed the move but said tenants needed "
                     "\"a fair share of the profits, not a pause\".")
    ids = {e.id: e for e in facts.entities}
    assert "pubs-advocate" not in ids
    assert ids["marian-holt"].kind == "person" and ids["marian-holt"].role == "Pubs Advocate"
    assert speakers(facts)["a fair share"] == "marian-holt"


def test_the_beeb_is_the_bbc():
    facts = facts_of("Ricky Dean hosts the BBC's panel show. The Beeb is desperate to keep him "
                     "and has promised him a bigger say in who appears.")
    assert {e.id for e in facts.entities if e.kind == "organization"} == {"bbc"}
    assert has(facts.offers, "bbc", "bigger say")


def test_a_name_after_provider_is_a_company():
    facts = facts_of("The European Commission has told cloud provider Stratos to open its "
                     "marketplace. Stratos has proposed cutting its fees and has offered an "
                     "independent monitor to check the marketplace's search rankings.")
    assert next(e for e in facts.entities if e.id == "stratos").kind == "organization"


def test_a_name_taken_for_a_body_is_a_person_when_its_surname_is_given_an_age():
    facts = facts_of("Lawyers for the singer have written to Marcus Fell demanding he hand over "
                     "all accounts.\n\nFell, 52, has offered to pay for an independent audit.")
    assert next(e for e in facts.entities if e.id == "marcus-fell").kind == "person"
    assert has(facts.offers, "marcus-fell", "independent audit")


def test_greek_cypriots_are_cyprus_not_greece():
    facts = facts_of("The Greek Cypriot government wants Turkish troops withdrawn from the "
                     "north.\n\nWhat do Greek Cypriots want?")
    countries = {e.id for e in facts.entities if e.kind == "country"}
    assert "cyprus" in countries and "greece" not in countries
    assert has(facts.demands, "cyprus", "withdrawn from the north")


def test_a_body_named_after_its_country_two_ways_is_one_body():
    facts = facts_of("Japan's Fair Trade Commission has ordered Google to let phone makers "
                     "pre-install rival search engines.\n\nThe Japan Fair Trade Commission gave "
                     "Google until March 31 to submit a compliance plan.")
    bodies = {e.id for e in facts.entities if e.kind == "organization"}
    assert bodies == {"japan-fair-trade-commission", "google"}


def test_a_tabloids_shouted_opening_word_is_no_part_of_the_name():
    facts = facts_of("FURIOUS Kane Mitchell has demanded an immediate rematch.\n\nPromoter Eddie "
                     "Hearn said Matchroom had already offered a rematch.")
    people = {e.id: e for e in facts.entities if e.kind == "person"}
    assert "kane-mitchell" in people and "eddie-hearn" in people
    assert people["eddie-hearn"].role == "Promoter"
    prince = facts_of("PRINCE Harry has asked his father for a fresh start.")
    assert {e.id for e in prince.entities} == {"harry"}


def test_every_capital_stands_for_its_country_but_not_a_sea_named_after_one():
    facts = facts_of("Belmopan has asked the court to settle the border. Dili rejected the "
                     "plan.\n\nFishing boats crowd the Gulf of Honduras every spring.")
    countries = {e.id for e in facts.entities if e.kind == "country"}
    assert {"belize", "timor-leste"} <= countries
    assert "honduras" not in countries


def test_bodies_the_model_leaves_untagged_are_found_by_what_describes_them():
    facts = facts_of(
        "The Dutch data protection authority has ordered the running app Stridely to delete "
        "the location histories of about 2 million European users.\n\nThe Autoriteit "
        "Persoonsgegevens said the Finnish company had collected the data without valid consent."
        "\n\nStridely said it disagreed with the findings. Chief executive Aino Lehtinen said "
        "the firm would appeal.\n\nPrivacy group Bits of Freedom, which filed the original "
        "complaint, urged other European regulators to open their own investigations.")
    bodies = {e.id for e in facts.entities if e.kind == "organization"}
    assert {"stridely", "bits-of-freedom", "autoriteit-persoonsgegevens"} <= bodies
    assert "bits" not in bodies


def test_a_place_named_body_whose_words_the_model_split_is_one_body():
    facts = facts_of(
        "Residents of Ashby Parva have launched a petition calling on Post Office Ltd to keep "
        "the village's only branch open.\n\nThe Post Office has offered to run a mobile van "
        "service twice a week. But Ashby Parva Parish Council says that is not enough.")
    ids = {e.id for e in facts.entities}
    assert "ashby-parva-parish-council" in ids
    assert not {"ashby", "ashby-parva", "parish-council"} & ids


def test_a_team_taking_a_plural_passive_and_its_first_word_alone_are_one_body():
    facts = facts_of("Rider Jan Vos wants to join Osprey Pro Cycling. Dunmore Velo are thought "
                     "to want a fee of €2m. Osprey have refused to pay that much.")
    entities = by_id(facts)
    assert entities["osprey-pro-cycling"].kind == "organization"
    assert entities["dunmore-velo"].kind == "organization"
    assert "Osprey" in entities["osprey-pro-cycling"].aliases


def test_where_something_is_based_or_lies_is_no_party():
    facts = facts_of("Oslo city council has ordered the Berlin-based Zipp and its rival Voltra "
                     "to remove 2,000 scooters from the Norwegian capital. Campaigners at the "
                     "group Oslo til Fots want a ban.")
    ids = {e.id for e in facts.entities}
    assert {"oslo-city-council", "zipp", "voltra"} <= ids
    assert not {"germany", "norway", "oslo"} & ids


def test_a_portfolio_after_minister_for_is_no_body():
    facts = facts_of("Ireland's Minister for Housing, Cathal Breen, spoke to RTÉ's Morning "
                     "Ireland on Tuesday.")
    assert "housing" not in {e.id for e in facts.entities}
    assert "cathal-breen" in {e.id for e in facts.entities}


def test_the_new_zealander_is_a_person_not_the_country():
    facts = facts_of("Harbour City have offered coach Wiremu Tane a new deal, but the New "
                     "Zealander wants a bigger budget.")
    assert "new-zealand" not in {e.id for e in facts.entities}
    assert has(facts.demands, "wiremu-tane", "bigger budget")


def test_a_body_named_for_a_nation_or_two_places_is_one_body():
    facts = facts_of("Pilots at budget airline Skyrise will strike in July, the British Airline "
                     "Pilots' Association said on Friday.\n\nThe Hadley Otters club has asked "
                     "Telford and Wrekin Council, which owns the building, to intervene.")
    ids = {e.id for e in facts.entities}
    assert {"british-airline-pilots-association", "telford-and-wrekin-council"} <= ids
    assert not {"united-kingdom", "telford", "wrekin-council"} & ids


def test_a_tournament_or_a_political_era_is_no_party():
    facts = facts_of("Former captain Henrik Lind said the Ryder Cup needed its best players. "
                     "Since Brexit, the Shanghai Masters has lost sponsors, Epic Games said.")
    ids = {e.id for e in facts.entities}
    assert not {"ryder-cup", "shanghai-masters", "brexit"} & ids
    assert "epic-games" in ids


def test_a_bodys_letters_in_brackets_and_a_name_the_model_cut_are_whole():
    facts = facts_of("The Authority for Consumers and Markets (ACM) fined the firm on Tuesday."
                     "\n\nRepair Café Nederland, which runs 600 volunteer repair events, welcomed "
                     "the ruling.")
    ids = {e.id for e in facts.entities}
    assert {"authority-for-consumers-and-markets", "repair-cafe-nederland"} <= ids
    assert not {"authority-for-consumers-and-markets-acm", "cafe-nederland"} & ids


def test_its_is_no_body_named_inside_a_quotation():
    facts = facts_of("Fixit Europe, which runs 300 repair shops, welcomed the ruling. \"Nobody "
                     "should pay Orvel to fix an Orvel phone,\" said its coordinator, Sanne de "
                     "Wit.")
    person = next(e for e in facts.entities if e.id == "sanne-de-wit")
    assert person.affiliation == "fixit-europe"


def test_a_body_tagged_a_place_is_a_body_and_its_last_word_names_it():
    facts = facts_of("Fiji wants partners to route security aid through the Pacific Islands "
                     "Forum. The Forum meets in August.")
    ids = {e.id for e in facts.entities}
    assert "pacific-islands-forum" in ids and "forum" not in ids


def test_a_party_only_the_interviewer_names_is_not_the_storys():
    facts = facts_of(
        "Fiji's Foreign Minister, Semi Tuilagi, spoke to Radio Pasifika on Thursday.\n\n"
        "PASIFIKA: Beijing has made a similar offer to Australia's. Which will you take?\n\n"
        "TUILAGI: We have told Canberra we will take its college.\n\n"
        "PASIFIKA: Will you sign this year?\n\nTUILAGI: I expect to sign in August.")
    ids = {e.id for e in facts.entities}
    assert "australia" in ids and "china" not in ids


def test_a_countrys_word_for_an_owner_is_no_party_and_a_magazine_named_is_a_body():
    facts = facts_of("The Estonian-owned company has told the magazine Velvet Weekly it must pay "
                     "more.")
    ids = {e.id for e in facts.entities}
    assert "estonia" not in ids and "velvet-weekly" in ids


def test_a_name_with_a_general_manager_is_a_firm():
    facts = facts_of("Drivers want Safiri to cut its commission. Safiri's general manager, Jonas "
                     "Tamm, said margins were thin.")
    kinds = {e.id: e.kind for e in facts.entities}
    assert kinds["safiri"] == "organization" and kinds["jonas-tamm"] == "person"


def test_the_ends_of_a_route_and_a_councillors_ward_are_places():
    facts = facts_of("Moorland Coaches will scrap the 47 bus between Haddon and Ashby Cross. "
                     "Councillor Jean Marsh, who represents Ashby Cross, said residents would be "
                     "cut off.")
    ids = {e.id for e in facts.entities}
    assert "moorland-coaches" in ids and not {"haddon", "ashby-cross"} & ids


def test_a_name_after_a_persons_role_is_a_person_and_an_award_is_no_party():
    facts = facts_of("\"We want dark skies too,\" said the company's director of space "
                     "sustainability, Nadia Ferreira.\n\nThe Grammy nominee, 34, has offered to "
                     "soundproof the barn.")
    kinds = {e.id: e.kind for e in facts.entities}
    assert kinds.get("nadia-ferreira") == "person" and "grammy" not in kinds


def test_operators_named_together_and_a_city_of_are_bodies():
    facts = facts_of("The regulator has told mobile operators Volta and Brightwave that their "
                     "merger will be blocked.\n\nThe city of Hartwell has offered to spend $85 "
                     "million on the arena.")
    kinds = {e.id: e.kind for e in facts.entities}
    assert kinds.get("volta") == kinds.get("brightwave") == "organization"
    assert has(facts.offers, "city-of-hartwell", "spend $85 million")


def test_the_unions_officer_belongs_to_the_union_named_before():
    facts = facts_of("The Musicians' Union has called on Tunely to pay more. The union's general "
                     "secretary, Naomi Achterberg, said labels would gain most.")
    person = next(e for e in facts.entities if e.id == "naomi-achterberg")
    assert person.affiliation == "musicians-union"


def test_a_fame_word_names_no_body_and_a_gardener_is_a_role():
    facts = facts_of("Pop diva Kezia Amara has offered to soundproof the barn.\n\nTV gardener "
                     "Monty Ashworth has told BBC bosses to bring back his show. He said PNG "
                     "would help.")
    entities = {e.id: e for e in facts.entities}
    assert "pop" not in entities and entities["kezia-amara"].role == "Pop diva"
    assert entities["monty-ashworth"].kind == "person"
    assert "papua-new-guinea" in entities


def test_a_portfolio_run_into_a_name_ends_the_title():
    facts = facts_of("Minister of Lands and Rural Development Tomasz Oyelowo told reporters the "
                     "plan was ready. Secretary of State for Transport Ines Varga said it would "
                     "start in May.")
    entities = {e.id: e for e in facts.entities}
    assert entities["tomasz-oyelowo"].role == "Minister of Lands and Rural Development"
    assert entities["ines-varga"].role == "Secretary of State for Transport"
    assert not any("rural" in e or "transport" in e for e in entities)


def test_a_short_form_in_brackets_and_a_bodys_remit_are_its_name():
    facts = facts_of("The Northern Ferry Workers' Association (Nofwa) said members would strike. "
                     "Nofwa wants a 6 per cent rise. Piet Rolle, a fellow at the Baltic Institute "
                     "for Maritime Studies, said the tolls at the Harnby port would rise.")
    ids = {e.id for e in facts.entities}
    assert "nofwa" not in ids and "northern-ferry-workers-association" in ids
    assert "baltic-institute-for-maritime-studies" in ids and "baltic-institute" not in ids
    assert "harnby" not in ids


def test_a_short_name_with_a_kind_of_its_own_is_not_the_longer_name():
    facts = facts_of("Growers supplying supermarket chain Harlow are angry. The Harlow Growers "
                     "Group, which represents 90 farms, wrote to Harlow's chief executive, Ann "
                     "Bede, asking for more. "
                     "Analyst Tom Rix of Penrose Research said the gap was small.")
    entities = {e.id: e for e in facts.entities}
    assert "harlow" in entities and "harlow-growers-group" in entities
    assert entities["ann-bede"].role == "Harlow's chief executive"
    assert entities["penrose-research"].kind == "organization"


def test_a_news_agency_a_port_and_a_country_in_a_role_are_no_parties():
    facts = facts_of("Tanzania wants barges to use the port of Kigoma, the news agency TNA "
                     "reported. \"We have heard the complaints,\" said Zipro's UK general "
                     "manager, Ola Berg.")
    ids = {e.id for e in facts.entities}
    assert not ids & {"kigoma", "tna", "united-kingdom"}
    assert "tanzania" in ids and "ola-berg" in ids


def test_a_foreign_ministry_by_another_name_a_possessive_body_and_a_named_supplier():
    facts = facts_of("India's Ministry of External Affairs said it would respond \"in due "
                     "course\". In a letter, Voltora's chief executive, Ana Roth, asked for more. "
                     "Arden is in talks with a second supplier, Voltrix. Mother-of-two Jo Reid "
                     "said she was worried.")
    entities = {e.id: e for e in facts.entities}
    assert "ministry-of-external-affairs" not in entities
    assert facts.quotes[0].speaker == "india"
    assert "voltora-s" not in entities and entities["ana-roth"].affiliation == "voltora"
    assert entities["voltrix"].kind == "organization"
    assert entities["jo-reid"].role == "Mother-of-two"


def test_a_role_after_written_to():
    facts = facts_of("The parish council has asked Redline to restore the bus and has written to "
                     "the local MP, Dan Marsh, asking him to raise it.")
    entities = {e.id: e for e in facts.entities}
    assert entities["dan-marsh"].role == "local MP"


def test_a_nationality_in_a_bodys_role_is_no_party():
    facts = facts_of("\"We will invest,\" said Varun's European chief executive, Rohan Mehta.")
    assert "european-union" not in {e.id for e in facts.entities}


def test_a_team_is_named_by_its_nickname_and_a_maker_country_is_no_party():
    facts = facts_of("Leeds Rhinos have offered winger Tom Hale a new contract. Rhinos coach "
                     "Brian Marsh said the club wanted him to stay.\n\nThe port runs Chinese-built "
                     "cranes.")
    kinds = {e.id: e.kind for e in facts.entities}
    assert kinds.get("leeds-rhinos") == "organization"
    assert "rhinos" not in kinds
    marsh = next(e for e in facts.entities if e.id == "brian-marsh")
    assert marsh.affiliation == "leeds-rhinos"
    assert "china" not in kinds


def test_outlets_told_or_interviewing_and_a_role_after_a_meeting():
    facts = facts_of('"I want every penny," pop star Kezia Vane told The Sun.\n\nPeru\'s fisheries '
                     "minister was interviewed by RPP radio on Monday.\n\nVanuatu's leader spoke "
                     "after meeting Australia's Pacific minister, Pat Conway.")
    ids = {e.id for e in facts.entities}
    assert {"the-sun", "rpp"} <= ids
    conway = next(e for e in facts.entities if e.id == "pat-conway")
    assert conway.role == "Australia's Pacific minister"


def test_a_contest_named_for_a_region_is_no_party_and_a_parent_has_a_role():
    facts = facts_of("Luke Hale missed two European Tour events. He wants changes.\n\nParents want "
                     "the bus back, said parent Ann Whitlow.")
    assert "european-union" not in {e.id for e in facts.entities}
    assert next(e for e in facts.entities if e.id == "ann-whitlow").role == "parent"


def test_a_group_chair_belongs_to_the_group_named_before_and_a_comic_has_a_role():
    facts = facts_of('The Save the Plough group wants a lower price. "We are asking them to meet '
                     'us halfway," said group chair Marion Tait.\n\nComic Danny Rourke wants '
                     "£3 million.")
    tait = next(e for e in facts.entities if e.id == "marion-tait")
    assert tait.affiliation == "save-the-plough"
    assert has(facts.demands, "save-the-plough", "meet us halfway")
    assert next(e for e in facts.entities if e.id == "danny-rourke").role == "Comic"


def test_a_church_named_for_a_saint_and_a_reverend_are_named_whole():
    facts = facts_of("St Peter's Church in Longford has offered to stop ringing its bells early. "
                     "The vicar, the Rev Anna Price, said the church would fit mufflers.")
    kinds = {e.id: e.kind for e in facts.entities}
    assert kinds.get("st-peter-s-church") == "organization"
    assert kinds.get("anna-price") == "person"


def test_a_countrys_name_with_accents_is_one_country_however_the_model_cuts_it():
    facts = facts_of("São Tomé and Príncipe's fisheries minister, Abel Bom Jesus, said on "
                     "Monday that Chișinău wants a new port.")
    entities = by_id(facts)
    assert entities["sao-tome-and-principe"].kind == "country"
    assert "moldova" in entities
    assert not {"sao-tome", "principe"} & set(entities)


def test_small_states_capitals_stand_for_them():
    facts = facts_of("Funafuti wants the annual quota raised to 500, officials said. Majuro "
                     "has asked for a new seawall.")
    assert {"tuvalu", "marshall-islands"} <= set(by_id(facts))
    assert "funafuti" not in by_id(facts)


def test_an_untagged_name_that_offers_and_recurs_is_a_body():
    facts = facts_of("Crews on Medway Link’s ferries will strike on Friday, the union said.\n\n"
                     "Medway Link has offered a £750 retention bonus.")
    assert by_id(facts)["medway-link"].kind == "organization"
    assert has(facts.offers, "medway-link", "retention bonus")


def test_a_portfolios_second_part_and_a_describing_word_are_no_bodies():
    facts = facts_of("Ghana's Minister of Lands and Natural Resources, Kofi Mensah, spoke on "
                     "Tuesday.")
    assert set(by_id(facts)) == {"ghana", "kofi-mensah"}
    facts = facts_of("Spin bowler Ravi Patel asks Kent for a release.\n\nSpin bowler Ravi Patel "
                     "has asked Kent to release him before Easter.")
    assert "spin" not in by_id(facts) and "easter" not in by_id(facts)
    assert by_id(facts)["ravi-patel"].role == "Spin bowler"


def test_a_persons_coach_belongs_to_no_body_named_after_her():
    facts = facts_of("Tennis player Lena Brandt has asked the WTA to excuse her. The tour will "
                     "review Brandt's medical reports. Brandt's coach, Marco Vitale, said she "
                     "needed an answer.")
    assert "brandt" not in by_id(facts) and "brandt-s" not in by_id(facts)
    assert by_id(facts)["marco-vitale"].affiliation is None


def test_a_body_described_as_a_countrys_operator_an_outlet_told_and_a_teams_nickname():
    facts = facts_of("Plinacro, Croatia's gas grid operator, has called for a single tariff. "
                     "Her agent, Sally Grant, told the Mirror: \"Talks are going well.\"")
    entities = by_id(facts)
    assert entities["plinacro"].kind == "organization"
    assert entities["mirror"].kind == "organization"
    facts = facts_of("Warrington Wolves prop Sione Taufa wants a move. Wolves chief executive "
                     "Karen Moorhouse said no.")
    assert "warrington-wolves" in by_id(facts) and "wolves" not in by_id(facts)


def test_a_portfolio_ending_in_a_portfolio_word_names_nobody():
    facts = facts_of("Mongolia's Minister of Mining and Heavy Industry, Jadamba Enkhbayar, was "
                     "interviewed on Monday.")
    assert set(by_id(facts)) == {"mongolia", "jadamba-enkhbayar"}


def test_a_portfolio_listed_with_commas_is_one_title():
    facts = facts_of("Namibia's Minister of Agriculture, Fisheries, Water and Land Reform, Inge "
                     "Zaamwani, spoke to NBC on Friday.")
    minister = by_id(facts)["inge-zaamwani"]
    assert minister.role.endswith("Minister of Agriculture, Fisheries, Water and Land Reform")
    assert minister.affiliation == "namibia"


def test_a_place_taken_for_a_person_joins_the_council_named_with_it():
    facts = facts_of("Parents have demanded that Westmorland and Furness Council bring back the "
                     "school crossing patrol.")
    assert "westmorland-and-furness-council" in by_id(facts)
    assert "westmorland" not in by_id(facts)


def test_a_title_told_with_its_own_the_keeps_it():
    facts = facts_of("Claire's friend told The Sun: \"She will not apologise.\" Her agent told "
                     "the Mirror: \"No comment.\"")
    assert {"the-sun", "mirror"} <= set(by_id(facts))


def test_a_sport_or_trade_word_before_a_name_is_a_role_not_part_of_it():
    facts = facts_of("Triathlete Megan Doyle has asked British Triathlon to let her race. "
                     "Hurdler Sam Lee backed her.")
    entities = by_id(facts)
    assert entities["megan-doyle"].role == "Triathlete"
    assert entities["sam-lee"].role == "Hurdler"
    assert "triathlete-megan-doyle" not in entities


def test_a_name_with_s_that_speaks_is_a_company_even_if_tagged_a_person():
    facts = facts_of("Traders want to keep using the car park of the Bull Inn, which "
                     "McMullen's brewery plans to sell. McMullen's said it could allow the market "
                     "to continue until a sale was agreed. A pal of Connor's said he was upset.")
    ids = {e.id for e in facts.entities}
    assert "mcmullen-s" in ids and "mcmullen" not in ids
    assert "connor-s" not in ids


def test_a_name_ending_in_club_or_trust_is_a_body_whatever_the_model_tagged():
    facts = facts_of("Members of Ashbourne Bowls Club have asked Derbyshire Dales District "
                     "Council to drop plans to turn their green into padel courts.")
    kinds = {e.id: e.kind for e in facts.entities}
    assert kinds.get("ashbourne-bowls-club") == "organization"
    assert any(c.by == "ashbourne-bowls-club" and "drop plans" in c.what for c in facts.demands)


def test_a_body_named_with_and_whose_first_word_was_taken_for_a_person():
    facts = facts_of("Pensioners have asked Westmorland and Furness Council to put back the bus "
                     "shelter on Market Street.")
    ids = {e.id for e in facts.entities}
    assert "westmorland-and-furness-council" in ids and "westmorland" not in ids


def test_a_sports_body_named_by_nationality_a_school_and_the_games_it_trains_for():
    facts = facts_of("Swimmer Grace Owen has asked British Swimming to pay for a guide so she "
                     "can train for the Paralympics. \"Grace deserves it,\" said former "
                     "Paralympian Liz Johnson. Parents at St Mark's Primary School in Bolton "
                     "want a car boot sale.")
    entities = by_id(facts)
    assert entities["british-swimming"].kind == "organization"
    assert "liz-johnson" in entities and "paralympian-liz-johnson" not in entities
    assert "paralympics" not in entities
    assert "st-mark-s-primary-school" in entities and "primary-school" not in entities


def test_a_daily_paper_told_something_is_an_outlet_though_its_name_ends_in_a_role_word():
    facts = facts_of("\"I just want my dog back,\" she told the Daily Star. \"It is over,\" he "
                     "told the Prime Minister.")
    ids = {e.id for e in facts.entities}
    assert "daily-star" in ids and "prime-minister" not in ids


def test_a_bodys_initials_stand_for_it_though_two_lower_case_words_start_with_those_letters():
    facts = facts_of("Players at Kingsbridge Town have asked the Football Association to delay "
                     "a deduction for fielding an ineligible player. \"We accept nothing less,\" "
                     "the FA said.")
    assert [q.speaker for q in facts.quotes] == ["football-association"]


def test_a_country_named_only_to_describe_something_is_no_actor():
    facts = facts_of("Kerry Walsh wants her French bulldog back. Zambia wants payment in US "
                     "dollars, its minister said. Lantern Financial, a US fintech firm, said it "
                     "would refund users. The United States has offered Zambia a loan.")
    ids = {e.id for e in facts.entities}
    assert "france" not in ids
    assert "united-states" in ids  # (named as a party once: it stays)
