from __future__ import annotations

from tests.conftest import facts_of


def claims(items):
    return {(c.by, c.counterpart, c.what) for c in items}


def has(items, by: str, words: str, to: str | None = "any") -> bool:
    """A claim by `by` whose `what` contains `words` (and, unless "any", with that `to`)."""
    return any(c.by == by and words in c.what and (to == "any" or c.counterpart == to)
               for c in items)


def test_offer_frames_with_recipient():
    facts = facts_of("Norway will supply drones and spare parts to Ukraine, the ministry said. "
                     "Japan offered Vietnam two patrol boats.")
    offers = claims(facts.offers)
    assert ("norway", "ukraine", "drones and spare parts") in offers
    assert any(by == "japan" and to == "vietnam" and "patrol boats" in what
               for by, to, what in offers)


def test_demand_frames():
    facts = facts_of("Tehran wants relief from oil sanctions. Brazil is interested in "
                     "fertiliser from Canada.")
    assert has(facts.demands, "iran", "relief from oil sanctions")
    assert has(facts.demands, "brazil", "fertiliser")


def test_negated_denied_and_conditional_are_not_offers():
    facts = facts_of("Pyongyang has repeatedly denied supplying arms to Russia. Chile did not "
                     "send troops to Peru. If Spain provides loans to Greece, markets may calm.")
    assert facts.offers == ()


def test_question_headers_set_the_parties():
    facts = facts_of(
        "What can Kazakhstan offer China?\n\n"
        "Beijing is most interested in uranium that can be shipped by rail.\n\n"
        "What does Kazakhstan want in return?\n\n"
        "Astana could also seek the transfer of rail technology.")
    offers = claims(facts.offers)
    assert any(by == "kazakhstan" and to == "china" and "uranium" in what
               for by, to, what in offers)
    assert all(c.evidence in facts.sentences for c in facts.offers + facts.demands)


def test_evidence_is_the_verbatim_sentence():
    body = "Analysts expect more. Norway will supply drones to Ukraine, officials said."
    facts = facts_of(body)
    assert [c.evidence for c in facts.offers] == [
        "Norway will supply drones to Ukraine, officials said."]


def test_bodies_named_by_their_kind_and_appositions():
    facts = facts_of("The Valdor Farmers Coalition sued the state in March.\n\nThe coalition "
                     "wants the state to refund last year's water fees.\n\nKessel, the software "
                     "company, closed two offices. The company offered departing staff 16 "
                     "weeks of severance pay. Norway's energy group Fjordgas will supply Poland "
                     "with gas.")
    offers = claims(facts.offers)
    assert has(facts.demands, "valdor-farmers-coalition", "refund")
    assert has(facts.offers, "kessel", "severance pay")
    assert any(by == "fjordgas" and to == "poland" for by, to, _w in offers)


def test_assertions_and_forecasts_are_not_demands():
    facts = facts_of("The coach insisted his side were unlucky. The Relief Agency warned on Monday "
                     "that the outbreak could spread, and appealed for $85 million. Tokyo "
                     "warned Pyongyang to stop the launches.")
    demands = claims(facts.demands)
    whats = " | ".join(what for _b, _c, what in demands)
    assert "unlucky" not in whats and "outbreak" not in whats
    assert "$85 million" in whats
    assert has(facts.demands, "japan", "stop the launches")


def test_reported_demands_with_quoted_words_and_states_named_by_kind():
    facts = facts_of("Riyadh was cautious. A statement said the kingdom expected Tehran to "
                     "\"respect its neighbours\". Oman, which hosted the talks, offered to host "
                     "another round.")
    assert has(facts.demands, "saudi-arabia", "respect its neighbours")
    assert has(facts.offers, "oman", "another round")


def test_a_named_speakers_own_we_and_i_inside_a_quotation():
    facts = facts_of("Estonia's defence minister, Ana Kral, visited the front.\n\n"
                     '"We need more air defence systems before winter," Kral said. "We need '
                     'Brussels too, and I want a decision this month."\n\n'
                     '"We need to be careful," said Omar Diaz, an analyst at the Polar Institute.')
    demands = claims(facts.demands)
    assert has(facts.demands, "estonia", "air defence systems")
    assert has(facts.demands, "ana-kral", "decision")
    whats = " | ".join(what for _b, _c, what in demands)
    assert "Brussels" not in whats and "careful" not in whats


def test_short_company_names_and_his_country():
    facts = facts_of("Quorva Airways cancelled 40 flights on Monday. Quorva wants the airport "
                     "to pay for the repairs.\n\nKenya's minister Davis Otieno met his Tanzanian "
                     "counterpart, Ali Juma, who said his country would provide land for two "
                     "terminals.")
    assert has(facts.demands, "quorva-airways", "repairs")
    assert has(facts.offers, "tanzania", "land")


def test_what_an_offer_is_made_in_exchange_for_is_wanted():
    facts = facts_of("Mexico has offered to tighten checks on steel shipped through its ports in "
                     "exchange for relief from tariffs on its own exports, officials said.")
    assert any(by == "mexico" and "tighten checks" in what for by, _c, what in
               claims(facts.offers))
    assert any(by == "mexico" and "relief from tariffs" in what for by, _c, what in
               claims(facts.demands))


def test_a_body_named_after_its_kind_and_a_union_that_is_not_its_company():
    facts = facts_of("Talks with the national railway company SNCB broke down on Monday. SNCB "
                     "has offered a 2.5% increase.\n\nHyundai Motor's largest union said it "
                     "would seek a 7% wage increase, while Venezuela's government said it would "
                     "seek new loans.")
    demands = claims(facts.demands)
    assert has(facts.offers, "sncb", "2.5% increase")
    assert not any(by == "hyundai-motor" for by, _c, _w in demands)
    assert has(facts.demands, "venezuela", "loans")


def test_calling_on_somebody_to_act():
    facts = facts_of("Senator Ana Ruiz called on Congress to pass a wildfire relief package "
                     "before the recess.")
    assert any(by == "ana-ruiz" and to == "congress" and "relief package" in what
               for by, to, what in claims(facts.demands))


def test_unnamed_parties_from_a_short_list_become_group_actors():
    facts = facts_of("Dairy farmers want irrigation ponds. The opposition wants Congress to review "
                     "the deal. Markets want a rate cut.")
    demands = claims(facts.demands)
    entities = {e.id: e for e in facts.entities}
    assert has(facts.demands, "dairy-farmers", "irrigation ponds")
    assert any(by == "opposition" for by, _c, _w in demands)
    assert entities["dairy-farmers"].kind == "group"
    assert not any(by == "markets" for by, _c, _w in demands)  # not a party noun


def test_a_party_named_with_its_possessor_and_non_members_are_not_actors():
    facts = facts_of("Cocoa farmers' groups want the board to raise the farm-gate price. The tax "
                     "hits homes bought by non-EU residents.")
    assert any(by == "cocoa-farmers-groups" for by, _c, _w in claims(facts.demands))
    assert "non-eu" not in {e.id for e in facts.entities}


def test_an_infinitive_after_a_time_phrase_is_still_what_is_offered():
    facts = facts_of("Portugal offered on Friday to mediate between Chile and Peru, a day "
                     "after talks collapsed.")
    assert any(by == "portugal" and what.startswith("to mediate")
               for by, _t, what in claims(facts.offers))


def test_he_or_she_is_the_named_person_reported():
    facts = facts_of("Singer Tove Brann said she was sorry and offered to give her prize money "
                     "to a hospital in Oslo.")
    assert has(facts.offers, "tove-brann", "prize money")
    other = facts_of("Tove Brann said that when he arrived, Jonas Lie offered to help.")
    assert all(c.by != "tove-brann" for c in other.offers)


def test_the_government_is_the_articles_country_but_not_a_qualified_one():
    facts = facts_of("Fishermen in Ghana say trawlers take their catch.\n\n"
                     "\"Nothing is left,\" one of them said.\n\n"
                     "The government has promised to review fishing licences.")
    assert has(facts.offers, "ghana", "fishing licences")
    two = facts_of("Peru and Chile met in Lima.\n\nThe talks ended.\n\nNothing was agreed.\n\n"
                   "The government has promised to review fishing licences.")
    assert two.offers == ()
    regional = facts_of("Kenya's drought worsened.\n\nThe provincial government has offered "
                        "seed to 3,000 households.")
    assert all(c.by != "kenya" for c in regional.offers)


def test_an_offer_made_with_a_noun_and_an_offer_asked_of_another():
    facts = facts_of("Lindqvist Holdings has made a 900 million euro offer for rival Kessel "
                     "Group, the companies said. Farmers asked the Kessel Group to extend "
                     "credit to growers.")
    offers = claims(facts.offers)
    assert any(by == "lindqvist-holdings" and to == "kessel-group"
               and "900 million euro offer" in what for by, to, what in offers)
    assert not any("credit" in what for _b, _t, what in offers)


def test_the_team_of_a_named_person_acts_for_them():
    facts = facts_of("Dr Lena Ostrova, an ecologist at Tallinn University, led the survey.\n\n"
                     "Her team is calling for a ban on bottom trawling.")
    assert has(facts.demands, "lena-ostrova", "bottom trawling")


def test_what_a_speaker_says_a_party_should_do_is_a_demand():
    facts = facts_of("Housing Minister Petra Lind visited the flooded town. She said insurers "
                     "should pay out quickly. Lind said the first aircraft should arrive by "
                     "2027.")
    demands = claims(facts.demands)
    assert any(by == "petra-lind" and what == "pay out quickly" for by, _c, what in demands)
    assert not any("aircraft" in what or "arrive" in what for _b, _c, what in demands)


def test_a_second_act_hung_on_the_reported_clause_is_the_speakers():
    facts = facts_of("Mayor Owen Tarrant said 400 homes had been damaged and asked the national "
                     "government for emergency funding.")
    assert has(facts.demands, "owen-tarrant", "emergency funding")


def test_a_spokesperson_demands_for_their_country_and_a_union_is_its_federation():
    facts = facts_of("Peruvian foreign ministry spokeswoman Maria Santos said on Monday that Peru "
                     "urged Chile to stop the drills. Santos called on Chile to withdraw its "
                     "ships.\n\nNurses will strike, the Coastal Nursing Federation said. The "
                     "union is demanding a 20% pay rise.")
    demands = claims(facts.demands)
    assert has(facts.demands, "peru", "withdraw its ships")
    assert not any(by == "maria-santos" for by, _c, _w in demands)
    assert has(facts.demands, "coastal-nursing-federation", "pay rise")


def test_coordinated_parties_and_a_clause_asked_in_the_speakers_words():
    facts = facts_of("Japan and South Korea have asked Washington to exempt their car makers "
                     "from the new levies.\n\nFinnish Foreign Minister Elina Koski spoke in "
                     "Helsinki. \"We want the United States to keep its forces in Europe,\" "
                     "Koski said.")
    demands = claims(facts.demands)
    assert {by for by, _c, what in demands if "car makers" in what} == {"japan", "south-korea"}
    assert any(by == "finland" and to == "united-states" and "keep its forces" in what
               for by, to, what in demands)


def test_demands_in_for_clauses_passive_shoulds_and_acts_of_the_reporter():
    facts = facts_of("The family of the victim has called for the officers to be charged.\n\n"
                     "Premier Ian Holt said Chile should be made to pay more.\n\n"
                     "China's foreign ministry said Philippine ships had provoked the incident "
                     "and demanded that Manila tow away the grounded warship.")
    demands = claims(facts.demands)
    assert any(by == "family" and what.startswith("officers to be charged")
               for by, _c, what in demands)
    assert any(by == "ian-holt" and to == "chile" and "pay more" in what
               for by, to, what in demands)
    assert has(facts.demands, "china", "tow away")
    assert not any(by == "philippines" for by, _c, _w in demands)


def test_the_speakers_own_country_in_their_words_and_an_offer_that_says_nothing():
    facts = facts_of("Somali Foreign Minister Ahmed Warsame spoke in Nairobi.\n\n"
                     "QUESTION: What does your country need?\n\n"
                     "WARSAME: Somalia needs support to rebuild its army.\n\n"
                     "\"We have made our best offer,\" said Dan Reyes, a manager at Portline.")
    assert ("somalia", None, "support to rebuild its army") in claims(facts.demands)
    assert facts.quotes[0].text.startswith("Somalia needs support")
    assert facts.offers == ()


def test_paying_is_an_offer_only_with_money_a_recipient_or_a_purpose():
    facts = facts_of("The Volta Cocoa Board said it would pay farmers within 14 days. Chile "
                     "will pay for the new radar. Peru will pay a heavy price, Chile warned.")
    offers = claims(facts.offers)
    assert has(facts.offers, "volta-cocoa-board", "farmers")
    assert has(facts.offers, "chile", "radar")
    assert not any(by == "peru" for by, _t, _w in offers)


def test_the_council_is_not_a_school_named_before_it():
    facts = facts_of("Parents at Hillcrest Primary School launched a petition.\n\nCouncillor "
                     "Ann Hale said the council would pay for transport to other schools.")
    assert not any(by == "hillcrest-primary-school" for by, _t, _w in claims(facts.offers))


def test_an_offer_hung_on_a_reported_clause_and_a_naming_call():
    facts = facts_of("Lumo Space president Ada Kerr said the company had made progress and "
                     "offered to fly a test landing in 2026.\n\nThousands of young Peruvians "
                     "marched. Unions called the ruling a turning point for gig workers.")
    assert [c.by for c in facts.offers] == ["ada-kerr"]
    assert facts.demands == ()
    assert "peru" in {e.id for e in facts.entities}


def test_coordinated_verbs_keep_their_own_polarity_and_subject():
    facts = facts_of("The United Arab Emirates has denied supplying weapons and pledged 50 "
                     "million dollars in humanitarian aid.\n\nClub president Aldo Ferri said "
                     "he wanted Conte to stay and had offered him a new three-year contract.\n\n"
                     "Mexico wants the United States to do more to stop guns crossing the "
                     "border.")
    offers, demands = claims(facts.offers), claims(facts.demands)
    assert has(facts.offers, "united-arab-emirates", "50 million dollars")
    assert not any("weapons" in what for _b, _t, what in offers)
    assert has(facts.offers, "aldo-ferri", "contract")
    assert any(by == "mexico" and to == "united-states" and what.startswith("do more")
               for by, to, what in demands)


def test_what_is_urged_or_demanded_of_others_is_not_their_offer():
    facts = facts_of("Island states urged China to go further and to help fund adaptation.\n\n"
                     "Unionen said it would demand that the company offer retraining to staff.\n\n"
                     "Peru pledged on Wednesday to cut its emissions by 2035, its first target.")
    assert not any(c.by in ("china", "unionen") for c in facts.offers)
    assert has(facts.offers, "peru", "to cut its emissions")


def test_the_club_in_what_its_owner_reports_and_a_pronoun_offered():
    facts = facts_of("The Harbour Rovers beat the Dune City Wanderers. Rovers owner Jeff Lund "
                     "said the club would offer Ana Reyes a contract extension.\n\nThe maker, "
                     "Lindqvist Holdings, agreed to supply it at a discounted price.")
    assert has(facts.offers, "harbour-rovers", "contract extension")
    assert has(facts.offers, "lindqvist-holdings", "supply it at a discounted price")


def test_an_unnamed_group_keeps_its_adjective_but_not_a_quantifier():
    facts = facts_of("Environmental groups want Lumora to use solar power. Most residents want "
                     "the turbines moved.")
    by = {c.by for c in facts.demands}
    assert "environmental-groups" in by and "residents" in by


def test_an_unnamed_government_offers_and_is_the_government_named_later():
    facts = facts_of("Teachers in Marlowe walked out after talks with the regional government "
                     "broke down. The government has offered a 2% rise.\n\nThe transport "
                     "ministry has offered to extend the ferry timetable.\n\nThe Labour "
                     "government will send engineers to Tonga.")
    assert has(facts.offers, "regional-government", "2% rise")
    assert has(facts.offers, "transport-ministry", "to extend the ferry timetable")
    assert "labour-government" not in {e.id for e in facts.entities}


def test_the_union_is_the_body_the_text_calls_a_union():
    facts = facts_of("Drivers at Brenmoor Buses will strike, the drivers' union Velta said. "
                     "Brenmoor Buses said it regretted the strike.\n\nThe union is seeking a "
                     "shorter working week.\n\nThe operator has offered to review rosters.")
    assert has(facts.demands, "velta", "shorter working week")
    assert has(facts.offers, "brenmoor-buses", "to review rosters")


def test_an_offer_of_a_pronoun_keeps_the_verb_phrase():
    facts = facts_of("The drug's maker, Quenta Labs, said it would sell them at cost to clinics "
                     "in Malawi.")
    assert has(facts.offers, "quenta-labs", "sell them at cost to clinics")


def test_what_a_reporter_says_recipients_will_get_is_their_offer():
    facts = facts_of("Season ticket holders will get a free match, the club Orwell Town said.\n\n"
                     "The airline, Skylark Air, said all passengers would be compensated.\n\n"
                     "Ferrovia said that countries would get better terms. The insurer, Halden "
                     "Mutual, said customers got refunds last year.")
    assert has(facts.offers, "orwell-town", "free match")
    assert has(facts.offers, "skylark-air", "passengers would be compensated")
    assert not any(c.by in ("ferrovia", "halden-mutual") for c in facts.offers)


def test_it_opening_a_sentence_is_the_body_the_sentence_before_was_about():
    facts = facts_of("The Royal College of Nurses is not convinced. It wants a written guarantee "
                     "that the ward stays open, and has asked the trust to publish its plan.")
    assert has(facts.demands, "royal-college-of-nurses",
               "written guarantee that the ward stays open")
    assert has(facts.demands, "royal-college-of-nurses", "publish its plan")


def test_a_promise_that_and_a_past_act_joined_to_it():
    facts = facts_of("Harlow Health Trust, which will take over Fenwick Care, has promised that "
                     "no clinics will close for two years and offered all 900 Fenwick staff "
                     "their current terms.")
    assert has(facts.offers, "harlow-health-trust", "no clinics will close for two years")
    assert not any("offered" in c.what for c in facts.offers)
    assert has(facts.offers, "harlow-health-trust", "their current terms")


def test_two_objects_are_a_recipient_and_a_thing_unless_joined_by_and():
    facts = facts_of("Fiji Rugby has offered coach Tom Vaka its full support.\n\n"
                     "Norway has offered 4.5% and a one-off payment of 15,000 crowns.")
    assert has(facts.offers, "fiji-rugby", "its full support", to="tom-vaka")
    assert has(facts.offers, "norway", "4.5% and a one-off payment of 15,000 crowns")


def test_unnamed_blocs_pseudo_clefts_and_a_day_called_on():
    facts = facts_of("Rich countries have pledged 300 billion dollars a year. Countries have "
                     "pledged more.\n\n"
                     "\"What we want from the miners is a commitment to refine ore here,\" "
                     "Peruvian Mining Minister Rosa Mendoza said.\n\n"
                     "Small island states called on Tuesday for rich countries to triple funding "
                     "for adaptation, as talks entered their second week.")
    assert has(facts.offers, "rich-countries", "300 billion dollars")
    assert "countries" not in {c.by for c in facts.offers}
    assert has(facts.demands, "peru", "commitment to refine ore here")
    assert "small-island-states" in {c.by for c in facts.demands}
    assert not any("second week" in c.what for c in facts.demands)


def test_the_board_and_an_offer_called_for_from_another():
    facts = facts_of("Shareholders in Lindqvist Holdings rejected the bid. The board wants at "
                     "least 95 euros a share.\n\nThe supporters' trust has called for the board "
                     "to sell the club.")
    assert has(facts.demands, "lindqvist-holdings", "95 euros a share")
    assert not any("sell the club" in c.what for c in facts.offers)


def test_a_name_the_parser_splits_into_two_subjects_still_acts():
    facts = facts_of("Midfielder Tomas Varga wants to join Al-Zawra. Al-Zawra are prepared to "
                     "pay a fee of around 40 million euros.")
    assert has(facts.offers, "al-zawra", "fee of around 40 million euros")


def test_an_answer_to_what_you_offer_or_want_in_a_transcript():
    facts = facts_of("The following is a transcript of an interview with Peruvian Energy Minister "
                     "Rosa Mendoza.\n\n"
                     "Q: What are you offering the mining companies in return?\n\n"
                     "MENDOZA: Cheaper power from our hydro dams, and faster permits. We can "
                     "approve a mine in a year.\n\n"
                     "Q: What do you want from Chile?\n\n"
                     "MENDOZA: No. First we need a deal on water.\n\n"
                     "Q: Will prices fall?\n\n"
                     "MENDOZA: Prices will fall next year, we think.")
    assert has(facts.offers, "peru", "Cheaper power from our hydro dams, and faster permits")
    assert len(facts.offers) == 1
    assert not any(c.what.startswith(("No", "Prices")) for c in facts.demands)


def test_raising_what_one_gives_is_an_offer_unless_asked_of_another():
    facts = facts_of("Harcourt said it was ready to improve its offer \"if the board engages\".\n\n"
                     "The European Union says it is prepared to double its grants for "
                     "adaptation.\n\nIsland states urged Japan to increase its aid.")
    assert has(facts.offers, "harcourt", "improve its offer")
    assert not any("board" in c.what for c in facts.offers)
    assert has(facts.offers, "european-union", "double its grants for adaptation")
    assert "japan" not in {c.by for c in facts.offers}


def test_the_role_noun_as_subject_is_the_person_with_that_role():
    facts = facts_of("Health Minister Rosa Mendoza met union leaders on Monday. Hospital chief "
                     "Tomas Kral was there too.\n\nThe minister wants a deal by Friday.")
    assert has(facts.demands, "rosa-mendoza", "deal")


def test_an_offer_named_by_its_maker_and_it_in_what_a_body_noun_reports():
    facts = facts_of("Former drivers rejected a 40 million dollar settlement offered by courier "
                     "firm Swiftline.\n\nKorvo Motors will cut 1,800 jobs. The company said it "
                     "would offer voluntary redundancy packages.\n\nJudge Ana Ruiz ordered both "
                     "sides to attend mediation. Korvo Motors ordered 50 new robots.")
    assert has(facts.offers, "swiftline", "40 million dollar settlement")
    assert has(facts.offers, "korvo-motors", "voluntary redundancy packages")
    assert has(facts.demands, "ana-ruiz", "attend mediation")
    assert not any("robots" in c.what for c in facts.demands)


def test_we_asking_the_government_in_a_transcript():
    facts = facts_of("The following is a transcript of remarks by Porto Mayor Rui Costa.\n\n"
                     "COSTA: We will build 2,000 homes.\n\n"
                     "REPORTER: Where will the money come from?\n\n"
                     "COSTA: We are asking the national government to give us its land in "
                     "the port.")
    assert has(facts.demands, "porto", "give us its land in the port")  # `we`: his city


def test_we_expect_him_to_is_a_demand_of_a_person():
    facts = facts_of("Jordan Reece has told Harbourside United he wants to leave. But United "
                     "chairman Colin Brandt was calm. \"Jordan has three years left and we "
                     "expect him to honour it,\" Brandt said.")
    assert has(facts.demands, "harbourside-united", "honour it")


def test_had_to_a_relative_clause_and_a_recipient_named_in_apposition():
    facts = facts_of("The White House said it welcomed the effort but that Iran had to stop "
                     "enriching uranium.\n\n"
                     "Meta, which owns Facebook and WhatsApp, said it would share the data.\n\n"
                     "Zambia has given its owner, First Quantum Minerals, until June to respond.")
    assert has(facts.demands, "united-states", "stop enriching uranium")
    assert not any(c.by in ("facebook", "whatsapp") for c in facts.offers)
    assert not any("First Quantum" in c.what for c in facts.offers)


def test_universities_as_a_party_and_a_repeated_must():
    facts = facts_of("Universities in Wales have asked the government for an emergency loan "
                     "fund.\n\nIranian foreign ministry spokesman Esmaeil Baghaei repeated on "
                     "Monday that Washington must first lift the sanctions.")
    assert has(facts.demands, "universities", "emergency loan fund")
    assert has(facts.demands, "iran", "lift the sanctions")


def test_offers_made_whatever_their_answer_money_announced_and_debts_written_off():
    facts = facts_of("Real Montano have rejected a 55 million euro bid from Premier League club "
                     "Hartfield.\n\nThe European Union announced 45 million euros in "
                     "humanitarian assistance. The agency announced an inquiry.\n\n"
                     "Ghana's creditors have agreed to write off 40% of the debt.\n\n"
                     "Health New Zealand has offered 2.5% this year and 2% next year.")
    assert has(facts.offers, "hartfield", "55 million euro bid")
    assert has(facts.offers, "european-union", "45 million euros")
    assert not any("inquiry" in c.what for c in facts.offers)
    assert has(facts.offers, "creditors", "40% of the debt")
    assert not any(c.by == "ghana" for c in facts.offers)
    assert any(c.what.endswith("2% next year") for c in facts.offers)


def test_a_statement_reports_without_acting_and_a_purpose_asks_nothing():
    facts = facts_of("Zelensky thanked Tokyo and asked Japan to supply mine-clearing equipment, "
                     "the statement said.\n\nThe charity wants the price published so that other "
                     "African countries could demand the same terms.")
    assert has(facts.demands, "volodymyr-zelensky", "supply mine-clearing equipment") or has(
        facts.demands, "zelensky", "supply mine-clearing equipment")
    assert not any("same terms" in c.what for c in facts.demands)


def test_the_state_a_governor_reports_the_survey_leaders_and_offers_called_for():
    facts = facts_of("Oregon Governor Tina Kotek said the state would waive permit fees for "
                     "homeowners.\n\nThe British Polar Survey said its ship was old. The survey is "
                     "asking for 250 million pounds.\n\nAfrican leaders called for a tax on "
                     "shipping.\n\nThe coalition called on Brightloop to reverse the cuts and to "
                     "give workers a say.")
    assert has(facts.offers, "tina-kotek", "permit fees")
    assert has(facts.demands, "british-polar-survey", "250 million pounds")
    assert has(facts.demands, "african-leaders", "tax on shipping")
    assert not any("say" in c.what for c in facts.offers)


def test_answers_about_a_named_party_prices_of_purchases_and_wants_that_are_no_offers():
    facts = facts_of("Interview with Peru's finance minister, Rosa Mendoza.\n\n"
                     "Q: What does Peru want from Japan?\n\n"
                     "MENDOZA: Access for our grapes on the same terms as Chile.\n\n"
                     "Q: And what can Peru offer in return?\n\n"
                     "MENDOZA: A stable supply of copper for twenty years.\n\n"
                     "Greenway has agreed to buy rival Foodfare for 1.9 billion pounds.\n\n"
                     "Mbadi said Kenya wanted to extend the repayment period by ten years.")
    assert has(facts.demands, "peru", "Access for our grapes")
    assert has(facts.offers, "peru", "stable supply of copper")
    assert has(facts.offers, "greenway", "1.9 billion pounds")
    assert not any(c.by == "kenya" for c in facts.offers)
    assert has(facts.demands, "kenya", "extend the repayment period")


def test_a_named_party_keeps_its_second_act_and_lawyers_of_the_age_anaphor():
    facts = facts_of("Taiwan will buy 40 more jets and has asked Washington to speed up "
                     "deliveries, Defence Minister Wellington Koo said.\n\n"
                     "Pop star Leah Vance is fighting her ex-husband. Property developer Marcus "
                     "Hale, 41, wants half of her fortune. The 33-year-old's lawyers have offered "
                     "him a one-off payment of 2 million pounds.")
    assert has(facts.demands, "taiwan", "speed up deliveries")
    assert has(facts.offers, "leah-vance", "one-off payment")


def test_a_must_reported_after_but_that():
    facts = facts_of("China's embassy said it was \"open to dialogue\" but that Canada must first "
                     "\"correct its mistakes\".")
    assert has(facts.demands, "china", "correct its mistakes")


def test_recipients_who_would_be_offered_something_and_a_taoiseach():
    facts = facts_of("Nordic Air said passengers would be offered refunds or rebooking.\n\n"
                     "Irish Taoiseach Micheal Martin spoke in Dublin.\n\n"
                     "MARTIN: The Irish government will provide 600 million euros for cross-border "
                     "projects.\n\nREPORTER: Is that enough?\n\nMARTIN: It is a start.")
    assert has(facts.offers, "nordic-air", "refunds or rebooking")
    assert {e.id: e.role for e in facts.entities}.get("micheal-martin") == "Irish Taoiseach"
    assert has(facts.offers, "ireland", "600 million euros")


def test_concessions_promised_and_extensions_of_what_one_gives():
    facts = facts_of("Helix Labs will also cap out-of-pocket costs at 35 dollars a month. The "
                     "Fed cut rates last year.\n\nOPEC+ agreed to extend output cuts. Norway "
                     "will extend its loan to Kenya by five years.\n\n"
                     "Italy will pay Albania 160 million euros to run the centres.\n\n"
                     "Irwell Athletic have offered manager Pep Ramos a new contract.")
    assert has(facts.offers, "helix-labs", "cap out-of-pocket costs")
    assert not any("rates" in c.what or "output" in c.what for c in facts.offers)
    assert has(facts.offers, "norway", "extend its loan")
    assert has(facts.offers, "italy", "160 million euros", to="albania")
    assert has(facts.offers, "irwell-athletic", "new contract")


def test_an_age_as_subject_a_question_after_a_preamble_and_compound_groups():
    facts = facts_of("Former footballer Gary Nolan has been dropped. The 52-year-old, who earned "
                     "1.3 million pounds a year, is demanding an apology.\n\n"
                     "Joseph Aidoo, chief executive of the Ghana Cocoa Board, spoke to us.\n\n"
                     "Q: Farmers say they are paid too little. What are you offering them?\n\n"
                     "AIDOO: A farm-gate price of 3,100 cedis a bag.\n\n"
                     "Human rights groups want the centres closed.")
    assert has(facts.demands, "gary-nolan", "apology")
    assert has(facts.offers, "ghana-cocoa-board", "farm-gate price")
    assert has(facts.demands, "human-rights-groups", "centres closed")


def test_two_subjects_an_apposed_reporter_views_shared_and_past_sales():
    facts = facts_of("The charity Shelter Scotland has called on the government to build 25,000 "
                     "homes.\n\nThe company, Adani Airport Holdings, said it had offered to "
                     "publish the full contract.\n\nMeta said it shared the government's goal.\n\n"
                     "\"We sold half our crop to the US,\" says Bashir Ahmad, a farmer.")
    assert has(facts.demands, "shelter-scotland", "build 25,000 homes")
    assert has(facts.offers, "adani-airport-holdings", "publish the full contract")
    assert not any("goal" in c.what or "crop" in c.what for c in facts.offers)


def test_a_question_put_to_a_minister_by_name_is_about_their_country():
    facts = facts_of("Excerpts from a news conference by Brazilian Finance Minister Fernando "
                     "Haddad and U.S. Treasury Secretary Scott Bessent.\n\n"
                     "BESSENT: We have agreed to set up a working group.\n\n"
                     "QUESTION: Minister Haddad, what does Brazil want in return?\n\n"
                     "HADDAD: The end of the 50% tariff on Brazilian steel and coffee.")
    assert has(facts.demands, "brazil", "50% tariff on Brazilian steel")


def test_members_of_a_body_companies_who_say_they_and_must_hand_over():
    facts = facts_of("Scientists at the Atacama Astronomy Institute have asked Chile to block the "
                     "plant.\n\nPharmaceutical companies say they need guaranteed payments.\n\n"
                     "Popstar Ellie Rhodes says Silverline Records must hand over her master "
                     "recordings.\n\nHanoi was ready to cut its own tariffs on cars.")
    assert has(facts.demands, "atacama-astronomy-institute", "block the plant")
    assert has(facts.demands, "pharmaceutical-companies", "guaranteed payments")
    assert not any(c.by == "silverline-records" for c in facts.offers)
    assert has(facts.offers, "vietnam", "cut its own tariffs")


def test_payments_named_obligations_threats_and_reproaches():
    facts = facts_of("Carlsen Group said it would pay the contribution. \"We have to pay "
                     "rent,\" said nurse Hannah Price.\n\nRussian law requires foreign "
                     "sellers to make a payment to the budget.\n\nJunior doctors have "
                     "threatened to resign. Copa said the EU should have secured more for dairy "
                     "producers.")
    assert has(facts.offers, "carlsen-group", "contribution")
    assert not any("rent" in c.what for c in facts.offers)
    assert has(facts.demands, "russia", "make a payment")
    assert not any("resign" in c.what or "secured" in c.what for c in facts.demands)


def test_an_answer_that_opens_with_one_word_is_read_on():
    facts = facts_of("Interview with Greenland's premier, Jens Nielsen.\n\n"
                     "Q: What does Greenland want from Washington?\n\n"
                     "NIELSEN: Respect. Investment in our ports and airports.")
    assert has(facts.demands, "greenland", "Investment in our ports")


def test_a_dateline_a_trimmed_us_a_wanted_help_and_a_nations_households():
    facts = facts_of("SEOUL - Samsung Electronics will build a plant after the U.S. government "
                     "agreed to give the company 6.4 billion dollars in subsidies.\n\n"
                     "Marcos said Manila also wanted Japanese help to build a naval base.\n\n"
                     "Norwegian households want exports cut. Traders want the scheme paused.")
    assert has(facts.offers, "united-states", "6.4 billion dollars")
    assert "samsung-electronics" in {e.id for e in facts.entities}
    assert not any("naval base" in c.what for c in facts.offers)
    assert not any(c.by == "norway" for c in facts.demands)
    assert has(facts.demands, "traders", "scheme paused")


def test_a_condition_on_another_party_is_a_demand_not_the_offerers_own():
    facts = facts_of("Builder Oakvale Estates has offered residents of the Hollin estate a new "
                     "park and a 1 million pound fund if they drop their objection to the "
                     "scheme.\n\nMoldova is prepared to cap gas transit fees if Romania lifts "
                     "its import quotas, Energy Minister Ion Vlas said.\n\n"
                     "Senator Ruth Marley has promised to scrap the toll if her party wins "
                     "the election.")
    assert has(facts.offers, "oakvale-estates", "new park")
    assert not any("residents" in c.what for c in facts.offers)
    assert has(facts.demands, "oakvale-estates", "drop their objection")
    assert has(facts.offers, "moldova", "cap gas transit fees")
    assert has(facts.demands, "moldova", "lifts its import quotas", to="romania")
    assert not any("wins" in c.what for c in facts.demands)


def test_what_a_body_which_wants_and_a_reported_that_conj_ask_for():
    facts = facts_of("The Cartographers Association, which wants fees restored to 2010 levels, met "
                     "on Monday.\n\nThe Porthaven Dockers Union said that was not enough and "
                     "is seeking 12% plus a cap on night shifts.")
    assert has(facts.demands, "cartographers-association", "fees restored")
    assert has(facts.demands, "porthaven-dockers-union", "12% plus a cap")


def test_them_as_recipient_permits_promised_and_a_bare_government():
    facts = facts_of("Skyreach Airways said it would offer them rebooking or a full refund.\n\n"
                     "The Northern Front said it would allow Red Cross convoys through the "
                     "valley.\n\nThe government has offered junior nurses a 3% pay rise.")
    assert has(facts.offers, "skyreach-airways", "rebooking or a full refund")
    assert has(facts.offers, "northern-front", "allow Red Cross convoys")
    assert has(facts.offers, "government", "3% pay rise")


def test_an_army_a_subjunctive_a_misparsed_president_and_a_return_for_doing():
    facts = facts_of("Chad's army and the rebels agreed to a truce.\n\n"
                     "The army offered to release 40 prisoners.\n\n"
                     "The Treasury said Ghana would consider it but insisted that Togo first "
                     "repay its arrears.\n\n"
                     "Peru's president, Dina Boluarte, called on mining firms to pay more tax."
                     "\n\nKelby Town have offered to build a school in return for the county "
                     "council selling them the old depot.")
    assert has(facts.offers, "chad", "release 40 prisoners")
    assert any("repay its arrears" in c.what for c in facts.demands)
    assert has(facts.demands, "dina-boluarte", "pay more tax")
    assert any(c.by == "kelby-town" and "selling them the old depot" in c.what
               for c in facts.demands)


def test_anonymity_asks_nothing_and_a_union_is_no_company():
    facts = facts_of("Greywell Foods has cut 300 jobs. A manager, who asked not to be named, "
                     "said morale was low.\n\nThe association has asked the inspector to hold "
                     "an inquiry.")
    assert not any("named" in c.what for c in facts.demands)
    assert not any(c.by == "greywell-foods" for c in facts.demands)


def test_money_lent_to_a_recipient_and_a_concession_without_the_next_act():
    facts = facts_of("The government will cap water bills at 400 euros a year and lend utilities "
                     "up to 1 billion euros, Water Minister Ana Silva announced.")
    assert any("cap water bills" in c.what and "lend" not in c.what for c in facts.offers)
    assert any("1 billion euros" in c.what for c in facts.offers)


def test_an_offer_owned_money_set_aside_a_city_that_should_and_what_after_a_comma():
    facts = facts_of("Nurses stayed out after Mayor Lena Kowalczyk's offer of a 4% raise "
                     "failed.\n\nHalbury Council will set aside 9 million dollars for new "
                     "equipment.\n\nCouncillor Ade Bello said the city should spend the money on "
                     "clinics instead.\n\nThe Brightwater Group offered 300 pence a share in "
                     "cash, a premium of 20% to its last price.")
    assert has(facts.offers, "lena-kowalczyk", "4% raise")
    assert has(facts.offers, "halbury-council", "9 million dollars")
    assert has(facts.demands, "ade-bello", "spend the money on clinics")
    assert any(c.what == "300 pence a share in cash" for c in facts.offers)


def test_a_condition_of_being_given_something_is_a_demand():
    facts = facts_of("Senator Ruth Marley has offered to testify but only if she is given "
                     "immunity from prosecution.")
    assert has(facts.demands, "ruth-marley", "immunity from prosecution")


def test_offers_in_the_passive_a_demand_owned_and_a_union_by_its_members_word():
    facts = facts_of("Singer Mara Velt has been offered 3 million pounds by Tidewell Records. "
                     "Velt has also been offered a film role.\n\n"
                     "Hexmoor Motors offered the United Steel Workers a 9% raise. The union "
                     "repeated the union's demand for a 30-hour week.")
    assert has(facts.offers, "tidewell-records", "3 million pounds")
    assert not any(c.by == "mara-velt" for c in facts.offers)
    assert has(facts.demands, "united-steel-workers", "30-hour week")


def test_what_a_speaker_says_another_party_must_do_and_an_urged_partys_own_words():
    facts = facts_of("\"The council must reopen the library,\" said campaigner Ann Ode.\n\n"
                     "Forest Rights Watch urged the board to require independent audits.")
    assert has(facts.demands, "ann-ode", "reopen the library")
    assert has(facts.demands, "forest-rights-watch", "require independent audits")
    assert not any(c.what.startswith("independent audits") for c in facts.demands)


def test_an_industry_the_singer_a_return_promised_and_what_is_asked_back():
    facts = facts_of("The shipping industry has offered 5% of its profits.\n\n"
                     "Pop star Lola Brine has sued Tidemark Records. The singer wants the "
                     "rights to her songs back. The label is prepared to return the masters "
                     "of one album.\n\nThe Treasury offered on Monday to extend fuel "
                     "subsidies for a year in exchange for votes on the budget.")
    assert has(facts.offers, "shipping-industry", "5% of its profits")
    assert has(facts.demands, "lola-brine", "rights to her songs")
    assert any("return the masters" in c.what for c in facts.offers)
    assert any("extend fuel subsidies" in c.what and "exchange" not in c.what
               for c in facts.offers)


def test_a_reported_need_to_is_the_reporters_demand_and_pushing_a_party_to_act():
    facts = facts_of("Trade Secretary Ana Ruiz said the talks went well but that Chile needed "
                     "to open its market to beef. She said Peru needed miners to accept the "
                     "deal.\n\nBrazil and Argentina are pushing fellow members to extend the "
                     "tariff freeze.")
    assert has(facts.demands, "ana-ruiz", "open its market to beef")
    assert not any(c.by == "chile" for c in facts.demands)
    assert not has(facts.demands, "ana-ruiz", "accept the deal")
    assert has(facts.demands, "brazil", "extend the tariff freeze")
    assert has(facts.demands, "argentina", "extend the tariff freeze")


def test_lets_joined_to_a_promise_a_named_recipient_and_one_offer_for_one_verb():
    facts = facts_of("Laos and Vietnam agreed on Monday to pull troops back from the border and "
                     "to let monitors from the region observe the truce.\n\n"
                     "Ohio lawmakers have offered the Cincinnati Bengals bonds covering half the "
                     "cost of a stadium.\n\n"
                     "Halbury Council has offered to build 40 parking spaces and to allow "
                     "deliveries before 9am.")
    assert has(facts.offers, "laos", "let monitors")
    assert has(facts.offers, "ohio-lawmakers", "bonds", to="cincinnati-bengals")
    assert len([c for c in facts.offers if c.by == "halbury-council"]) == 1


def test_a_linked_group_its_chief_executive_and_a_governors_state():
    facts = facts_of("An al-Shabaab-linked group has demanded a ransom of 2 million dollars.\n\n"
                     "The Coastal Nurses Organisation rejected the offer. Its chief executive, "
                     "Mere Tane, said: \"We want safe staffing written into the deal.\"\n\n"
                     "Ohio Governor Mike Dowd said his state was prepared to offer a tax "
                     "credit.")
    assert has(facts.demands, "al-shabaab-linked-group", "ransom")
    assert has(facts.demands, "coastal-nurses-organisation", "safe staffing")
    assert has(facts.offers, "mike-dowd", "tax credit")


def test_a_wanted_clause_comes_after_the_verb():
    facts = facts_of("Latvia and Estonia are wary: Lithuania wants Belarus to withdraw its "
                     "troops from the border.")
    assert has(facts.demands, "lithuania", "withdraw its troops")
    assert not any("wary" in c.what for c in facts.demands)


def test_money_spent_when_promised_and_not_what_is_wanted_or_compared():
    facts = facts_of("Under the deal, Velmor Aircraft would spend 400 million dollars on safety. "
                     "Velmor spent 2 billion dollars on a plant last year.\n\n"
                     "Coach Ana Ruiz wants assurances that the club will spend 90 million "
                     "euros on players.\n\n"
                     "China is pressing for a lower price than it pays for Russian gas.")
    assert has(facts.offers, "velmor-aircraft", "400 million dollars")
    assert not any("2 billion" in c.what for c in facts.offers)
    assert not any("90 million" in c.what for c in facts.offers)
    assert not any("Russian gas" in c.what for c in facts.offers)


def test_on_condition_that_and_a_party_needed_to_act():
    facts = facts_of("Halbury Council has offered to sell the old baths to a community trust "
                     "for 1 pound, on condition that the trust reopens the pool within three "
                     "years.\n\nThe Kelby Rowing Club said it needed the council to contribute "
                     "2 million pounds towards repairs.")
    assert has(facts.demands, "halbury-council", "reopens the pool")
    assert any(c.by == "kelby-rowing-club" and "contribute 2 million pounds" in c.what
               for c in facts.demands)
    assert not any("2 million pounds" in c.what for c in facts.offers)


def test_an_offer_that_includes_a_deal_to_supply_and_a_members_association():
    facts = facts_of("Skyvane Airways has tabled a new pay offer for its 900 pilots that includes "
                     "an 8% rise over two years.\n\n"
                     "Chile has signed a deal to supply Japan with copper from 2027.\n\n"
                     "The tenants' association is demanding an independent inquiry.")
    assert has(facts.offers, "skyvane-airways", "8% rise")
    assert has(facts.offers, "chile", "copper")
    assert has(facts.demands, "tenants-association", "independent inquiry")


def test_an_imperative_in_a_quote_offers_nothing():
    facts = facts_of("\"Give it back to the public,\" said campaigner Ann Ode.")
    assert facts.offers == ()


def test_giving_ground_declared_ready_a_finite_verb_after_a_gerund_and_a_named_group():
    facts = facts_of("Latvia is willing to recognise Belarus's border markers if Minsk sets up "
                     "a joint commission, President Edgars Rinkevics said.\n\n"
                     "Norway has accused Russia of harassing fishing boats and wants guarantees "
                     "of safe passage.\n\n"
                     "The Reopen Kelby Station group said it wanted a bus link until then.")
    assert has(facts.offers, "latvia", "recognise Belarus's border markers")
    assert has(facts.demands, "latvia", "sets up a joint commission", to="belarus")
    assert has(facts.demands, "norway", "guarantees of safe passage")
    assert any("bus link" in c.what and c.by == "reopen-kelby-station" for c in facts.demands)


def test_a_share_offered_as_a_measure_and_aid_resumed_but_not_talks():
    facts = facts_of("Skyvane Airways had offered 6% before the strike began.\n\n"
                     "Canberra said it would resume military aid to Manila. Both sides said they "
                     "would resume talks.")
    assert has(facts.offers, "skyvane-airways", "6%")
    assert has(facts.offers, "australia", "resume military aid")
    assert not any("talks" in c.what for c in facts.offers)


def test_an_agent_hung_on_the_offer_asked_for_money_to_do_something_and_a_player_included():
    facts = facts_of("Junior nurses have been offered a 6% pay rise by the Department of Health."
                     "\n\nLaos has asked the World Bank for 900 million dollars in loans to cope "
                     "with the floods, the finance ministry said.\n\n"
                     "Kelby Town are also willing to include defender Tom Rix in the deal.")
    assert has(facts.offers, "department-of-health", "6% pay rise")
    assert has(facts.demands, "laos", "900 million dollars")
    assert not any("cope with" in c.what for c in facts.demands)
    assert has(facts.offers, "kelby-town", "include defender Tom Rix")


def test_a_titled_subject_named_in_apposition_a_countrys_government_acting_twice_and_money_added():
    facts = facts_of("The mayor of Valletta, Rita Borg, has offered hotel owners a freeze on "
                     "the tourist tax if they agree to cap new rooms.\n\n"
                     "Ghana's government has offered striking nurses a 20% rise and promised to "
                     "clear salary arrears by March, the labour ministry said.\n\n"
                     "The Gulf Sports Authority is said to be willing to add a further 20 "
                     "million dollars.")
    assert has(facts.offers, "rita-borg", "freeze on the tourist tax")
    assert has(facts.demands, "rita-borg", "agree to cap new rooms")
    assert has(facts.offers, "ghana", "clear salary arrears")
    assert has(facts.offers, "gulf-sports-authority", "20 million dollars")


def test_what_a_condition_set_with_unless_or_only_once_asks_of_another_party():
    facts = facts_of("The Halden Liberation Front said it would not free the two engineers "
                     "unless Norland withdrew its troops from the valley.\n\n"
                     "Cargo pilots at Eastwick airport will strike from Friday unless Skyline "
                     "Freight restores their rest days, the Aviators' Guild said.\n\n"
                     "Norland said it would only reopen the border once the Front handed over "
                     "its weapons.\n\n"
                     "\"We will not sign unless Brussels drops the new levy,\" said Farm "
                     "Minister Piet Hals.\n\n"
                     "The regional union urged the ministry to reject the plan unless Skyline "
                     "Freight agreed to keep the depot open.\n\n"
                     "Scientists warned that Norland's mountain huts could close unless the "
                     "government paid for repairs. The match will go ahead unless it rains."
                     "\n\nSprinter Ola Berg has threatened to skip the Oslo meet unless "
                     "organisers move her races to the afternoon.")
    assert has(facts.demands, "halden-liberation-front", "withdrew its troops", "norland")
    assert has(facts.demands, "ola-berg", "move her races")
    assert has(facts.demands, "aviators-guild", "restores their rest days", "skyline-freight")
    assert has(facts.demands, "norland", "handed over its weapons")
    assert has(facts.demands, "piet-hals", "drops the new levy", "european-union")
    # a condition inside what is asked of somebody is part of that ask, not the ministry's;
    # a thing that could close sets no condition; rain is asked of nobody
    assert not any("keep the depot open" in c.what and c.by != "regional-union"
                   for c in facts.demands)
    assert not any("repairs" in c.what or "rains" in c.what for c in facts.demands)


def test_a_second_tensed_act_on_the_table_holding_out_and_they_named_by_the_reporter():
    facts = facts_of("The Dunmore Teachers' Union wants the cuts withdrawn altogether and is "
                     "asking the college to publish its accounts.\n\n"
                     "Tesco has put a 5% pay rise on the table for shop workers.\n\n"
                     "Porto president Rui Vilar is holding out for 50 million euros. The rebels "
                     "held out for three weeks.\n\n"
                     "The Gulls want the winger before their tour of Japan and have told Porto "
                     "they will pay the fee in two instalments.")
    assert has(facts.demands, "dunmore-teachers-union", "cuts withdrawn altogether")
    assert not any("asking" in c.what for c in facts.demands)
    assert has(facts.demands, "dunmore-teachers-union", "publish its accounts")
    assert has(facts.offers, "tesco", "5% pay rise")
    assert has(facts.demands, "rui-vilar", "50 million euros")
    assert not any("three weeks" in c.what for c in facts.demands)
    # `they` is who reports it, unnamed here: neither the club told nor the country toured
    assert not any(c.by in ("porto", "japan") and "fee" in c.what for c in facts.offers)


def test_what_the_offer_also_includes_and_who_says_a_party_needs_something():
    facts = facts_of("Peru has offered to suspend the mining levy for a year. Trade Minister "
                     "Ana Ruiz said the offer also included duty-free access for Bolivian "
                     "quinoa.\n\n"
                     "Gold Coast Growers chair Mark Tully said farmers needed the money within "
                     "weeks. \"These families need help now,\" Tully told reporters.\n\n"
                     "The University of Arden has proposed a new timetable. The university "
                     "also wants staff to return to talks.")
    assert has(facts.offers, "peru", "duty-free access for Bolivian quinoa")
    assert has(facts.demands, "mark-tully", "money")
    assert not any(c.by == "farmers" for c in facts.demands)
    assert not any("help" in c.what for c in facts.demands)  # a quoted plea is not an ask
    assert has(facts.demands, "university-of-arden", "return to talks")


def test_a_union_described_by_whom_it_represents_a_named_bloc_and_conditions_on_a_player():
    facts = facts_of("Arsenal have offered Gabriel Jesus a new contract, but the Brazilian "
                     "striker wants a three-year deal.\n\n"
                     "Unite, which represents the drivers, said the bonus was not enough. The "
                     "union wants the depot to keep its night shift, which was cut in May.\n\n"
                     "A bloc of 40 island nations, known as AOSIS, is demanding a loss fund.\n\n"
                     "Al-Nassr are ready to pay Mohamed Salah 1.5 million pounds a week if he "
                     "leaves on a free transfer.\n\n"
                     "Vertex said it would also fund a register of patients. Opposition parties "
                     "want the terms published. Residents in Small Heath and Sparkhill have "
                     "asked the council to send extra crews.\n\n"
                     "The Treasury has told Birmingham City Council it must publish a recovery "
                     "plan by March.")
    assert has(facts.demands, "unite", "night shift")
    assert not any("cut in May" in c.what for c in facts.demands)
    assert has(facts.demands, "aosis", "loss fund")
    assert has(facts.demands, "al-nassr", "leaves on a free transfer", "mohamed-salah")
    assert has(facts.demands, "gabriel-jesus", "three-year deal")
    assert has(facts.offers, "vertex", "register")
    assert has(facts.demands, "opposition-parties", "terms published")
    assert has(facts.demands, "residents", "send extra crews")
    assert has(facts.demands, "treasury", "publish a recovery plan", "birmingham-city-council")
    assert "sparkhill" not in {e.id for e in facts.entities}


def test_refusal_until_money_put_up_a_player_thrown_in_and_a_body_by_its_members():
    facts = facts_of("Azerbaijan says it will not sign until Armenia changes its constitution. The "
                     "talks will not resume until next week.\n\n"
                     "TV chef Gino Marchetti said he would put up 150,000 pounds of his own cash. "
                     "Ryanair will put up fares next year.\n\n"
                     "Chelsea are ready to throw in Romelu Lukaku to seal the deal.\n\n"
                     "Talks between the Ontario Nurses' Association and the Ontario Hospital "
                     "Association collapsed. The association of hospital employers had offered "
                     "a 3% raise.\n\n"
                     "Westbury Council leader Pam Hodges said the money would help. The council "
                     "wants the government to fund the scheme permanently.\n\n"
                     "The tenants' association is asking for the blocks to be refurbished. "
                     "Saudi Arabia pushed other members on Sunday to extend output cuts. "
                     "Egypt has proposed that a committee of technocrats run Gaza.")
    assert has(facts.demands, "azerbaijan", "changes its constitution", "armenia")
    assert not any("next week" in c.what for c in facts.demands)
    assert has(facts.offers, "gino-marchetti", "150,000 pounds")
    assert not any("fares" in c.what for c in facts.offers)
    assert has(facts.offers, "chelsea", "Romelu Lukaku")
    assert has(facts.offers, "ontario-hospital-association", "3% raise")
    assert has(facts.demands, "westbury-council", "fund the scheme permanently")
    assert has(facts.demands, "tenants-association", "blocks to be refurbished")
    assert has(facts.demands, "saudi-arabia", "extend output cuts")
    assert has(facts.offers, "egypt", "committee of technocrats run Gaza")


def test_for_x_to_be_done_a_purpose_that_persuades_a_way_opened_and_another_act_after_but():
    facts = facts_of("Finance Secretary Shona Robison wrote to the Chancellor asking for the "
                     "borrowing rules to be changed.\n\n"
                     "Japan has offered to buy more American corn in an effort to persuade "
                     "Washington to cut a 25% tariff on Japanese cars.\n\n"
                     "Sudan has agreed to open the Adre border crossing for aid. Toyota will "
                     "open a plant in Texas.\n\n"
                     "The RSF said it would allow aid to pass through areas it controls but "
                     "accused the army of moving weapons.\n\n"
                     "Small island states on Tuesday demanded that rich countries triple "
                     "their funding.\n\n"
                     "Rail workers will strike, the Rail, Tram and Bus Union said.")
    assert has(facts.demands, "shona-robison", "borrowing rules to be changed")
    assert has(facts.offers, "japan", "buy more American corn")
    assert not any("effort" in c.what for c in facts.offers)
    assert has(facts.demands, "japan", "cut a 25% tariff", "united-states")
    assert has(facts.offers, "sudan", "open the Adre border crossing")
    assert not any("plant" in c.what for c in facts.offers)
    assert has(facts.offers, "rsf", "areas it controls")
    assert not any("accused" in c.what for c in facts.offers)
    assert has(facts.demands, "small-island-states", "triple their funding")
    assert "rail-tram-and-bus-union" in {e.id for e in facts.entities}
    water = facts_of("Scottish Water said the company needed at least 4.5 billion pounds to "
                     "meet new standards.")
    assert has(water.demands, "scottish-water", "4.5 billion pounds")  # money asks nothing


def test_members_leaders_and_pronouns_that_speak_for_the_body_or_person_named():
    facts = facts_of("The Association of Salaried Medical Specialists says its members need at "
                     "least 5%.\n\n"
                     "Boeing has offered striking machinists in Seattle a 38% pay rise. "
                     "Blackridge had offered 410 pence a share in cash, a 38% premium.\n\n"
                     "Senior doctors rejected Health New Zealand's latest pay offer of 1.5% a "
                     "year. Greenpeace Indonesia urged the government to cancel new coal "
                     "plants.\n\n"
                     "Opposition leader Maria Corina Machado said any deal that left President "
                     "Nicolas Maduro in power would be \"a betrayal\". She called on the next "
                     "administration to keep up pressure.\n\n"
                     "Germany and Japan said they were ready to talk but wanted Jakarta to "
                     "publish a detailed plan first.")
    assert has(facts.demands, "association-of-salaried-medical-specialists", "5%")
    union = facts_of("The International Association of Machinists said it would put the "
                     "offer to a vote. Union leaders want the company to reinstate the pension "
                     "plan.")
    assert has(union.demands, "international-association-of-machinists", "reinstate")
    assert has(facts.offers, "boeing", "38% pay rise")
    assert has(facts.offers, "blackridge", "410 pence")
    assert has(facts.offers, "health-new-zealand", "1.5% a year")
    assert has(facts.demands, "greenpeace-indonesia", "cancel new coal plants")
    assert has(facts.demands, "maria-corina-machado", "keep up pressure")
    assert has(facts.demands, "germany", "publish a detailed plan")
    assert has(facts.demands, "japan", "publish a detailed plan")


def test_an_interviewee_answers_you_for_the_party_the_questions_named():
    facts = facts_of("Interview: the premier on fishing rights.\n\n"
                     "Premier Kristrun Frostadottir spoke to us in Reykjavik.\n\n"
                     "Q: What can Iceland offer the European Union?\n\n"
                     "FROSTADOTTIR: Fish, clean energy and a long-term partnership.\n\n"
                     "Q: And what do you want from Brussels?\n\n"
                     "FROSTADOTTIR: Respect. Investment in our ports and an end to quota "
                     "disputes.")
    assert has(facts.demands, "iceland", "Investment in our ports")
    assert not any(c.by == "kristrun-frostadottir" for c in facts.demands)


def test_ministers_from_countries_members_of_a_body_and_what_it_cannot_act_without():
    facts = facts_of("Health ministers from Nigeria and Kenya urged vaccine makers to lower "
                     "their prices.\n\n"
                     "Cosla, which represents local councils, said councils could not afford "
                     "further rises without more money from Holyrood. The bridge was built "
                     "without money from the state.\n\n"
                     "\"Without new money we will have to cut rations,\" said Matthew Crentsil, "
                     "the agency's representative in Uganda.")
    assert has(facts.demands, "nigeria", "lower their prices")
    assert has(facts.demands, "kenya", "lower their prices")
    assert has(facts.demands, "cosla", "more money")
    assert len([c for c in facts.demands if "money" in c.what]) == 1
    union = facts_of("The International Association of Machinists said members wanted better "
                     "retirement benefits.")
    assert has(union.demands, "international-association-of-machinists", "retirement benefits")


def test_a_group_led_by_a_name_only_if_as_a_conjunct_and_an_offer_in_a_demand_noun():
    facts = facts_of("A group of senior creditors led by Elliott has offered to inject 3 billion "
                     "pounds of new equity and to write off about a quarter of the debt.\n\n"
                     "Google said it would stop paying Apple, but only if the court drops the "
                     "department's demand that it sell its Android operating system.\n\n"
                     "MMG said it was prepared to double its community development fund.\n\n"
                     "The creditors, led by the pension fund for former Wilko staff, want at "
                     "least 70 pence.")
    assert has(facts.offers, "elliott", "inject 3 billion pounds")
    assert len([c for c in facts.offers if c.by == "elliott"]) == 1  # one offer verb
    assert has(facts.demands, "google", "drops the department's demand")
    assert not any("only" in c.what.split()[:1] for c in facts.demands)
    assert not any("Android" in c.what for c in facts.offers)
    assert has(facts.offers, "mmg", "double its community development fund")
    assert not any(c.by == "wilko" for c in facts.demands)


def test_bare_plurals_that_ask_names_taken_for_places_and_a_past_verb_after_an_infinitive():
    facts = facts_of("Hoteliers want the money from the tourist tax spent on cleaning the "
                     "streets. Analysts expect the bank to cut rates.\n\n"
                     "Pharmacies in England have warned they will stop providing flu jabs "
                     "unless the government increases their funding.\n\n"
                     "Foxconn, which has been exploring a tie-up with Nissan, said it was "
                     "willing to invest but wanted a seat on the board.\n\n"
                     "The African Union called on both governments to show restraint and "
                     "offered to host talks in Nairobi.\n\n"
                     "The Korea Fair Trade Commission has proposed fines totalling 68 billion "
                     "won.")
    assert has(facts.demands, "hoteliers", "money from the tourist tax")
    assert not any(c.by == "analysts" for c in facts.demands)
    assert has(facts.demands, "pharmacies", "increases their funding")
    assert has(facts.demands, "foxconn", "seat on the board")
    assert has(facts.offers, "african-union", "host talks in Nairobi")
    assert has(facts.demands, "african-union", "show restraint")
    assert not any("offered" in c.what for c in facts.demands)
    assert not any("fines" in c.what for c in facts.offers)


def test_a_regulator_reported_by_its_name_and_a_managers_we_for_his_club():
    facts = facts_of("South Korea's antitrust regulator has ordered Apple to allow app "
                     "developers to use other payment systems, the Korea Fair Trade Commission "
                     "said.")
    assert has(facts.demands, "korea-fair-trade-commission", "allow app developers")
    club = facts_of("Newcastle United have rejected an offer from Arsenal for striker "
                    "Alexander Isak.\n\nNewcastle manager Eddie Howe said the club would not "
                    "be forced into a sale. \"Alex is under contract and we expect him to "
                    "honour it,\" Howe said.")
    assert has(club.demands, "newcastle-united", "honour it")


def test_a_board_named_with_two_countries_an_agent_for_her_and_a_transcript_commitment():
    facts = facts_of("The England and Wales Cricket Board has offered the players a 20% "
                     "increase in contract fees.\n\n"
                     "TV presenter Holly Marsh has been offered a new show, but her agent wants "
                     "a guarantee she can keep her radio slot.\n\n"
                     "The following are remarks by European Commission President Ursula von der "
                     "Leyen and Indian Prime Minister Narendra Modi.\n\n"
                     "VON DER LEYEN: We are ready to open our market to Indian textiles.\n\n"
                     "MODI: We will also reopen the Attari border crossing next month.")
    assert has(facts.offers, "england-and-wales-cricket-board", "20% increase")
    assert has(facts.demands, "holly-marsh", "guarantee")
    roles = {e.id: e.role for e in facts.entities}
    assert roles["narendra-modi"] == "Indian Prime Minister"
    assert has(facts.offers, "european-commission", "open our market")
    assert has(facts.offers, "india", "reopen the Attari border crossing")
    assert not any("MODI" in c.what for c in facts.offers)


def test_a_name_taken_for_a_place_that_offers_is_a_body_outside_quotations():
    facts = facts_of("Foxconn has offered to invest 1 billion dollars in the plant.\n\n"
                     "\"Turin has given everything to this company,\" said union leader Michele "
                     "De Palma.")
    assert has(facts.offers, "foxconn", "invest 1 billion dollars")
    assert "turin" not in {e.id for e in facts.entities}  # a city in a quotation stays one


def test_a_bodys_people_an_if_not_condition_an_opening_it_and_a_listed_union_name():
    facts = facts_of("Producers at Channel 4 want the presenter to film in Spain for six weeks."
                     "\n\nThe union has threatened to strike over Easter if the company does "
                     "not improve its offer.\n\n"
                     "Brussels has offered to phase out tariffs on most goods. In return it "
                     "wants Mercosur to cut tariffs on European cars.\n\n"
                     "The Kenya Medical Practitioners, Pharmacists and Dentists Union said the "
                     "offer fell short.")
    assert has(facts.demands, "channel-4", "film in Spain")
    assert has(facts.demands, "kenya-medical-practitioners-pharmacists-and-dentists-union",
               "improve its offer")  # the one union the text names
    assert not any(c.what.startswith("not ") for c in facts.demands)
    assert has(facts.demands, "european-union", "cut tariffs on European cars", "mercosur")
    ids = {e.id for e in facts.entities}
    assert "kenya-medical-practitioners-pharmacists-and-dentists-union" in ids
    assert "producers" not in ids and "pharmacists" not in ids


def test_the_authority_a_deadline_set_an_extension_and_a_service_kept():
    facts = facts_of("Nordham County Council plans to end the number 7 bus. Councillor Ann Lee "
                     "said the authority would offer a minibus service instead.\n\n"
                     "Judge Ruth Ames gave the parties until March to reach an agreement.\n\n"
                     "The ministry of fisheries said Norway would extend the quota deadline by a "
                     "year.\n\n"
                     "Coastline Buses said it was willing to keep the route running until June.")
    assert has(facts.offers, "nordham-county-council", "minibus service")
    assert not any(c.by == "ruth-ames" for c in facts.offers)
    assert has(facts.offers, "norway", "extend the quota deadline")
    assert has(facts.offers, "coastline-buses", "keep the route running")


def test_a_speaker_asking_them_or_a_plural_of_people_to_act_demands_it():
    facts = facts_of("Port Minister Ivo Rask met reporters on Monday. \"I am asking them to "
                     "reopen the gates,\" Rask said. \"We are also asking the dockers to return "
                     "the cranes,\" he added. \"We want the fees cut, and we want them cut "
                     "now,\" Rask said.")
    assert has(facts.demands, "ivo-rask", "reopen the gates")
    assert has(facts.demands, "ivo-rask", "return the cranes")
    assert not any("them cut" in c.what for c in facts.demands)  # things, not a party asked


def test_a_condition_that_a_thing_be_done_and_her_party():
    facts = facts_of("The Green Alliance wants a new tax. "
                     "Alliance leader Mara Holt said her party would back the budget only "
                     "if the coal subsidy was scrapped and the levy was cut.\n\n"
                     "\"We will not go back to work until our wages are paid,\" said Ivo Rask, "
                     "president of the Dockers Union.\n\n"
                     "Research stations could close unless new funding is found.")
    assert has(facts.demands, "green-alliance", "coal subsidy was scrapped")
    assert not any(c.what.endswith(" and") for c in facts.demands)
    assert has(facts.demands, "dockers-union", "our wages are paid")
    assert not any("funding is found" in c.what for c in facts.demands)  # no party sets it


def test_a_delegation_speaks_for_its_side_both_sides_and_withholding_until():
    facts = facts_of("Sudan's army and the Rapid Support Forces resumed talks on Tuesday.\n\n"
                     "The army's delegation demanded that RSF fighters leave civilian homes. "
                     "Washington has offered to deploy ceasefire monitors if both sides sign, "
                     "an official said.\n\n"
                     "Tenants have voted to withhold rent until their landlord fixes the lifts.")
    assert has(facts.demands, "sudan", "leave civilian homes")
    assert any(c.by == "united-states" and c.what.endswith("sign") for c in facts.demands)
    assert has(facts.demands, "tenants", "fixes the lifts")


def test_the_union_of_an_article_that_names_one_union_is_that_one():
    facts = facts_of("Pilots at Nordair will walk out on Friday unless the airline improves its "
                     "pay offer, their union said.\n\n"
                     "The Nordic Pilots Association wants wages restored to their 2019 level.")
    assert has(facts.demands, "nordic-pilots-association", "improves its pay offer")
    assert "union" not in {e.id for e in facts.entities}


def test_insisting_on_doing_something_demands_it():
    facts = facts_of("Talks stalled after the farmers' party BBB insisted on scrapping a plan to "
                     "buy out livestock farms.")
    assert has(facts.demands, "bbb", "scrapping a plan")


def test_forecasts_people_around_a_trial_and_a_usual_sale_are_no_claims():
    facts = facts_of("Analysts at Halvorsen Bank expect the Kestrel Group to offer investors a "
                     "special dividend.\n\n"
                     "Prosecutors in the trial of Tomas Wendt asked the court for a five-year "
                     "sentence.\n\n"
                     "\"We sell our apples for less than it costs to grow them,\" said Ada Moor, "
                     "a grower in Tarnfield. \"We will sell our whole crop to the co-operative at "
                     "cost,\" she added.")
    assert not any(c.by == "halvorsen-bank" for c in facts.offers + facts.demands)
    assert not any(c.by == "tomas-wendt" for c in facts.demands)
    assert any(c.by == "prosecutors" and "five-year sentence" in c.what for c in facts.demands)
    assert not any("our apples" in c.what for c in facts.offers)
    assert any("our whole crop" in c.what for c in facts.offers)  # a promised sale is one


def test_terms_set_for_any_deal_are_demands_of_whoever_makes_it():
    facts = facts_of("Kestrel rejected the bid. Norway's government said any deal would have to "
                     "protect jobs in Bergen. Analysts said the deal should close by June.")
    assert has(facts.demands, "norway", "protect jobs")
    assert not any("close by June" in c.what for c in facts.demands)


def test_it_after_a_body_noun_and_a_verb_after_a_relative_clause():
    facts = facts_of("Ashby Borough Council wants volunteers to run its libraries. The council "
                     "says it cannot afford them. It has offered each group a grant of 15,000 "
                     "pounds.\n\n"
                     "Unison, which represents library staff, called on the council to halt the "
                     "transfer.")
    assert has(facts.offers, "ashby-borough-council", "grant of 15,000 pounds")
    assert has(facts.demands, "unison", "halt the transfer")


def test_a_wifes_demand_is_not_her_husbands_both_sides_and_give_us():
    facts = facts_of("TV chef Marco Pelle's estranged wife is demanding half of his fortune.\n\n"
                     "Former captain Ola Brek said both sides should \"stop posturing\".\n\n"
                     "\"We did not come here to argue,\" said Ana Ruiz, an islands minister. "
                     "\"Give us a number or give us a reason.\"")
    assert not any(c.by == "marco-pelle" for c in facts.demands)
    assert has(facts.demands, "ola-brek", "stop posturing")
    assert has(facts.demands, "ana-ruiz", "number")


def test_the_players_body_an_offer_from_a_firm_to_act_and_a_bid_to_stop():
    facts = facts_of("Cricket Tarnia has offered players more. But the Tarnian Cricketers' "
                     "Association says the offer is too low. The players' body wants a "
                     "guaranteed share of broadcast revenue.\n\n"
                     "Tarnia is weighing rival offers from Kestrel Ports and Velm Shipping to "
                     "build a new terminal.\n\n"
                     "Ports Minister Ana Ruiz lost a legal bid to stop the strike.")
    assert has(facts.demands, "tarnian-cricketers-association", "broadcast revenue")
    assert has(facts.offers, "kestrel-ports", "build a new terminal")
    assert not any("rival offers" in c.what for c in facts.offers)
    assert not any("stop the strike" in c.what for c in facts.offers)


def test_a_verb_joined_to_a_misparsed_clause_keeps_the_speaker():
    facts = facts_of("Tarnia's labour minister, Ivo Rask, called on both sides to resume talks "
                     "by Friday and offered the services of a state mediator.\n\n"
                     "Portline said in a statement that the union's demands would harm the "
                     "harbour and urged the union to return to the table.\n\n"
                     "Velm's finance chief Ola Brek said the tariff would rise and that the port "
                     "\"urgently needs money\".")
    assert has(facts.offers, "ivo-rask", "state mediator")
    assert has(facts.demands, "portline", "return to the table")
    assert not any(c.by == "ola-brek" for c in facts.demands)


def test_allowed_by_the_speaker_a_misparsed_rejection_and_a_proposal_that_would_unlock():
    facts = facts_of("Deputy Health Minister Ana Ruiz said the striking nurses would be allowed "
                     "to keep their licences.\n\n"
                     "Kestrel City FC are understood to be prepared to offer 40m pounds plus a "
                     "player, an approach Velm United would reject out of hand.\n\n"
                     "The Nordic Union has offered Tarnia faster talks on membership if Ostra "
                     "agrees to stop blocking Tarnia's trade deals. The proposal would also "
                     "unlock 300 million euros in frozen funds.")
    assert has(facts.offers, "ana-ruiz", "keep their licences")
    assert has(facts.offers, "kestrel-city-fc", "40m")
    assert has(facts.demands, "nordic-union", "stop blocking")
    assert has(facts.offers, "nordic-union", "300 million euros")


def test_a_players_representatives_it_said_it_army_negotiators_and_vague_wants():
    facts = facts_of("Velm United have offered Odo Brandt a new deal, but the Tarnia striker's "
                     "representatives are insisting on a release clause of 80m euros.\n\n"
                     "Portline Ltd urged the union to return. It said it was ready to cut fees if "
                     "the strike ended.\n\n"
                     "The Tarnian Armed Forces want the Ostra Brigade to leave the capital. Army "
                     "negotiators also want the brigade's fighters gathered in camps.\n\n"
                     "Developers want more.")
    assert has(facts.demands, "odo-brandt", "release clause")
    assert not any(c.by == "tarnia" for c in facts.demands)
    assert has(facts.offers, "portline-ltd", "cut fees")
    assert has(facts.demands, "tarnian-armed-forces", "gathered in camps")
    assert "army" not in {e.id for e in facts.entities}
    assert not any(c.what == "more" for c in facts.demands)


def test_a_headline_claim_the_text_makes_in_full_is_one_claim():
    facts = facts_of("Brandt camp wants release clause as Velm table new deal\n\n"
                     "Velm United have offered Odo Brandt a new deal, but his agent is insisting "
                     "on a release clause of no more than 80m euros.")
    clauses = [c for c in facts.demands if "release clause" in c.what]
    assert len(clauses) == 1 and "80m" in clauses[0].what


def test_asked_a_body_with_for_in_its_name_for_something():
    facts = facts_of("The head of Ash Lane School, Ruth Oke, said the school had asked Transport "
                     "for Wales for a guarantee that buses would not pass the gates. TfW said "
                     "it was \"listening\".")
    assert has(facts.demands, "ash-lane-school", "guarantee")
    assert not any(c.what == "Wales" for c in facts.demands)
    assert {q.speaker for q in facts.quotes} == {"transport-for-wales"}


def test_one_party_agreeing_to_act_offers_it_and_parties_agreeing_together_do_not():
    facts = facts_of("Tarnford City Council has agreed to rehouse all former tenants "
                     "permanently. Velm and Ostra agreed to exchange prisoners. Velm has agreed "
                     "to renegotiate the water treaty.")
    assert has(facts.offers, "tarnford-city-council", "rehouse all former tenants")
    assert not any("prisoners" in c.what or "treaty" in c.what for c in facts.offers)


def test_one_word_maker_a_court_ordered_payment_and_our_members_and_a_passive_must():
    facts = facts_of("Families have asked the High Court to order drone maker Velmco to pay "
                     "£180 million in damages. The company has offered to contribute £25 "
                     "million to a fund for survivors.\n\n"
                     "Tarn Union regional officer Ana Ruiz spoke to reporters. \"Nobody can "
                     "live on that. Our members want a pay rise of 6%,\" she said.\n\n"
                     "Moscow has said any transit route must be guarded by Russian troops.")
    assert has(facts.offers, "velmco", "£25 million")
    assert not any("180 million" in c.what for c in facts.offers)
    assert has(facts.demands, "tarn-union", "pay rise")
    assert has(facts.demands, "russia", "guarded by Russian troops")


def test_we_want_a_thing_done_in_a_transcript_is_the_speakers_body():
    facts = facts_of("The following are excerpts from a news conference by Tarnia's trade "
                     "minister, Ana Ruiz, in Velm on Wednesday.\n\n"
                     "QUESTION: Will you retaliate?\n\n"
                     "RUIZ: We also want the derogation on nitrates kept in place. Every option "
                     "is on the table.")
    assert has(facts.demands, "tarnia", "derogation on nitrates kept in place")


def test_a_dateline_is_no_subject_and_a_deadline_asks_an_act():
    facts = facts_of("VELM — Tarnia's government has asked Ostran lenders to accept the same "
                     "terms as its bondholders.\n\n"
                     "DETROIT (AP) — The United Auto Workers union has given General Motors "
                     "until Friday to improve its offer. Judge Ana Ruiz gave the parties until "
                     "December to reach an agreement.")
    assert has(facts.demands, "tarnia", "accept the same terms")
    assert has(facts.demands, "united-auto-workers", "improve its offer")
    assert not any("reach an agreement" in c.what for c in facts.demands)


def test_offers_made_by_a_descriptor_a_rejected_bid_and_a_deals_terms():
    facts = facts_of("Publishers met AI developer Velmai on Monday. A group of 40 "
                     "news publishers has demanded that Velmai pay for the articles, rejecting "
                     "the company's offer of a €30 million licensing fund. The Paris-based "
                     "company has also pledged to stop training on paywalled content.\n\n"
                     "Ford said it had made \"a generous offer\" that included a $5,000 bonus. "
                     "Tesco have had an opening bid of 300p a share rejected.\n\n"
                     "Qatari and Egyptian mediators have floated a three-stage agreement under "
                     "which Hamas would free the remaining hostages in exchange for a full "
                     "withdrawal.")
    assert has(facts.offers, "velmai", "€30 million licensing fund")
    assert has(facts.offers, "velmai", "stop training")
    assert has(facts.demands, "news-publishers", "pay for the articles")
    assert not any(c.by == "france" for c in facts.offers)
    assert has(facts.offers, "ford", "$5,000 bonus")
    assert has(facts.offers, "tesco", "300p a share")
    assert has(facts.offers, "qatar", "three-stage agreement")
    assert has(facts.offers, "egypt", "three-stage agreement")
    assert not any(c.by == "hamas" for c in (*facts.offers, *facts.demands))


def test_conditions_floors_and_a_party_named_only_by_its_members():
    facts = facts_of("\"We will not leave Gaza until Hamas no longer rules it,\" said Israel's "
                     "prime minister, Benjamin Netanyahu.\n\n"
                     "Stellantis has proposed reopening its plant in Belvidere if the union "
                     "agrees to a longer contract. Tottenham Hotspur will not sell Cristian "
                     "Romero for less than £70million. The Liberal Democrats will support the "
                     "budget only if ministers commit to free personal care.\n\n"
                     "The Commission is asking rivals and consumer groups for feedback on the "
                     "offer.")
    assert has(facts.demands, "israel", "no longer rules it")
    assert has(facts.demands, "stellantis", "longer contract")
    assert has(facts.demands, "tottenham-hotspur", "£70million")
    assert has(facts.demands, "liberal-democrats", "free personal care")
    assert any("feedback" in c.what for c in facts.demands)


def test_plans_submitted_guarantees_commitments_and_what_members_want():
    facts = facts_of("VELM, Oct 6 (Reuters) - Kazakhstan submitted a compensation plan of its own. "
                     "\"I will guarantee the cap until 2030,\" said Ana Ruiz, the mayor. The "
                     "Tarn Pharma Federation said its members were prepared to commit to tiered "
                     "pricing.\n\n"
                     "Velm Air rejected the deal. The carrier had earlier asked the government "
                     "to impose arbitration. The players ask for prize money to rise. The "
                     "player wants a new contract.")
    assert has(facts.offers, "kazakhstan", "compensation plan")
    assert has(facts.offers, "ana-ruiz", "guarantee the cap")
    assert has(facts.offers, "tarn-pharma-federation", "tiered pricing")
    police = facts_of("The Tarnford Police Association rejected the offer. Union president "
                      "Ivo Rask said members wanted a raise of 8%.")
    assert has(police.demands, "tarnford-police-association", "raise")
    tenants = facts_of("The tenants' union said the rent strike would continue until the "
                       "landlord repairs the lifts.")
    assert has(tenants.demands, "tenants-union", "repairs the lifts")
    assert has(facts.demands, "velm-air", "impose arbitration")
    assert has(facts.demands, "players", "prize money")
    assert not any(c.by == "player" for c in facts.demands)


def test_a_plan_put_forward_and_what_the_offerer_would_also_do():
    facts = facts_of("Mexico offers to buy more U.S. corn as tariff talks resume\n\n"
                     "Mexico has put forward a plan to increase purchases of U.S. corn by $4 "
                     "billion a year. Mexico would also tighten inspections of Chinese steel, "
                     "officials said. Mexico would also retaliate against any tariff.")
    assert has(facts.offers, "mexico", "increase purchases")
    assert has(facts.offers, "mexico", "tighten inspections")
    assert not any("retaliate" in c.what for c in facts.offers)
    assert not any(c.evidence.startswith("Mexico offers") for c in facts.offers)


def test_a_national_bodys_letters_its_government_in_its_ministers_words_and_shared_results():
    facts = facts_of("The following is a news conference by Scotland's sports minister, "
                     "Angela Constance, and Scottish FA chief executive John McGregor.\n\n"
                     "CONSTANCE: The Scottish Government will contribute £150 million towards a "
                     "new stadium.\n\n"
                     "MCGREGOR: The FA will put in £80 million of its own.\n\n"
                     "QUESTION: When?\n\n"
                     "MCGREGOR: Soon.")
    assert has(facts.offers, "scottish-government", "£150 million")
    assert has(facts.offers, "scottish-fa", "£80 million")
    assert "scottish-fa" in {e.id for e in facts.entities}


def test_shared_results_a_district_asked_cooperatives_and_a_dateline_left_out():
    facts = facts_of("BEIJING — China will resume imports of seafood from next month. The IAEA "
                     "said it would share its own sampling results with China.\n\n"
                     "The union will call a strike vote unless the district agrees to cap "
                     "classes at 20 pupils. Fishing cooperatives have asked the government for "
                     "compensation. Restrepo's cooperative wants direct contracts with roasters.")
    assert has(facts.offers, "china", "resume imports")
    assert not any("BEIJING" in c.what for c in facts.offers)
    assert has(facts.offers, "international-atomic-energy-agency", "sampling results")
    assert any("cap classes" in c.what for c in facts.demands)
    assert has(facts.demands, "fishing-cooperatives", "compensation")


def test_requests_insistence_an_island_a_joined_it_and_a_usual_rent():
    facts = facts_of("Greenland's premier, Ivo Rask, says the island wants investment, not "
                     "ownership. His government wants U.S. companies to process rare earths "
                     "locally, and it wants a share of the rent Washington pays for the base.\n\n"
                     "Copenhagen insists that any agreement be negotiated with Denmark. The "
                     "judge rejected Google's request to delay the order. The government has "
                     "committed to reducing the working week.\n\n"
                     "Stallholders are calling on the council to phase the rise in. \"We need "
                     "the council to freeze rents,\" said trader Ana Ruiz.")
    assert has(facts.demands, "greenland", "investment")
    assert has(facts.demands, "greenland", "share of the rent")
    assert not any(c.by == "united-states" for c in (*facts.offers, *facts.demands))
    assert has(facts.demands, "denmark", "negotiated with Denmark")
    assert has(facts.demands, "google", "delay the order")
    assert any("reducing the working week" in c.what for c in facts.offers)
    assert has(facts.demands, "stallholders", "phase the rise in")
    assert has(facts.demands, "ana-ruiz", "freeze rents")


def test_in_exchange_for_doing_something():
    facts = facts_of("Senior creditors of Tarn Water have proposed injecting £3 billion of new "
                     "equity into the company in exchange for writing off part of its debt.")
    assert has(facts.offers, "senior-creditors", "£3 billion")
    assert has(facts.demands, "senior-creditors", "writing off part of its debt")


def test_a_body_its_nationality_qualifies_is_not_its_country():
    facts = facts_of("Velm City have made an opening offer of £100 million for Ostrava United "
                     "playmaker Ivo Rask, with the Tarnian club holding out for closer to £130 "
                     "million.")
    assert has(facts.offers, "velm-city", "£100 million")
    assert not any(c.by in ("tarnia", "velm-city") for c in facts.demands)


def test_willing_to_guarantee_that():
    facts = facts_of("The Tarn Maritime Alliance said it was willing to guarantee that no current "
                     "jobs would be lost.")
    assert has(facts.offers, "tarn-maritime-alliance", "no current jobs would be lost")


def test_what_a_speaker_asked_of_authorities_and_was_told():
    facts = facts_of('"We have asked the authorities in Rabat to release the crew," said '
                     'Portuguese foreign ministry spokesman Joao Sousa. "Morocco has told us it '
                     'wants guarantees that the boats carry no fuel," he said. "Spain wants '
                     'a quarrel," he added.')
    assert has(facts.demands, "portugal", "release the crew")
    assert has(facts.demands, "morocco", "guarantees that the boats carry no fuel")
    assert not any(c.by == "spain" for c in facts.demands)


def test_a_path_opened_to_the_public_is_offered():
    facts = facts_of("Harlow Homes said it would open the riverside gardens to the public. "
                     "Tesla said it would open a factory in Ohio.")
    assert has(facts.offers, "harlow-homes", "riverside gardens to the public")
    assert not any(c.by == "tesla" for c in facts.offers)


def test_a_spokesperson_for_a_body_speaks_for_it():
    facts = facts_of("A spokesperson for Network Rail said the offer was fair and urged the "
                     "union to put it to its members.")
    assert has(facts.demands, "network-rail", "put it to its members")


def test_telling_somebody_to_act_asks_it_of_them():
    facts = facts_of("Carlo Ancelotti has told Real Madrid to sign two defenders in January. "
                     "Florentino Perez told reporters to expect a quiet window.")
    assert has(facts.demands, "carlo-ancelotti", "sign two defenders", to="real-madrid")
    assert not any("quiet window" in c.what for c in facts.demands)


def test_club_chiefs_the_nationality_and_what_a_party_binds_itself_to():
    facts = facts_of("Juventus have offered Luka Modric a new deal.\n\nThe Croat, 40, wants a "
                     "two-year extension. Club chiefs insist they must stay within spending "
                     "rules and have asked the midfielder to take a pay cut.")
    assert has(facts.demands, "luka-modric", "two-year extension")
    assert has(facts.demands, "juventus", "take a pay cut")
    assert not any("spending rules" in c.what for c in facts.demands)


def test_what_any_remedy_must_do_and_a_universal_offer():
    facts = facts_of("Competition Commissioner Teresa Ribera said any remedy had to include a "
                     "new entrant on four routes. \"We have put everything we can on the table,\" "
                     "said Lufthansa chief executive Carsten Spohr.")
    assert has(facts.demands, "teresa-ribera", "include a new entrant")
    assert not any("everything" in c.what for c in facts.offers)


def test_a_described_person_of_an_age_its_negotiators_and_the_army():
    facts = facts_of("Chef Gino Marchetti's estranged wife, Chloe Marchetti, 38, wants the "
                     "house. The telly favourite, 52, has offered her £3million.\n\n"
                     "Brazil, the bloc's largest economy, has refused. Its negotiators have "
                     "instead floated a larger quota for European cheese.")
    assert has(facts.offers, "gino-marchetti", "£3million")
    assert has(facts.offers, "brazil", "quota")
    facts = facts_of("Sudan's paramilitary Rapid Support Forces (RSF) offered corridors, but the "
                     "army dismissed the offer and insisted the RSF first withdraw from "
                     "residential areas.")
    assert has(facts.demands, "sudan", "withdraw from residential areas",
               to="rapid-support-forces")


def test_an_age_that_fits_more_than_one_person_names_nobody():
    facts = facts_of("Boxer Tyson Fury has been offered a fight with Oleksandr Usyk, his "
                     "promoter Frank Warren said.\n\nThe Gypsy King, 38, wants the fight at "
                     "Wembley.")
    assert not any(c.by == "frank-warren" for c in facts.demands)


def test_a_term_a_condition_asks_of_a_deal():
    facts = facts_of("France says it will not sign unless the deal includes a binding "
                     "safeguard for farmers.")
    assert has(facts.demands, "france", "binding safeguard")


def test_no_recommendation_is_no_offer_and_a_deal_put_forward_is():
    facts = facts_of("The board gave no recommendation. Cricket Australia has put forward a new "
                     "five-year pay deal.")
    assert not any("recommendation" in c.what for c in facts.offers)
    assert has(facts.offers, "cricket-australia", "five-year pay deal")


def test_a_firm_its_country_qualifies_and_parties_asked_to_act():
    facts = facts_of("Clayton, Dubilier & Rice has raised its offer for Sainsbury's to 320p a "
                     "share.\n\nThe US private equity firm said on Tuesday that it would commit to "
                     "keeping the headquarters in London.\n\nThe European Union wants large "
                     "emerging economies, including China and Saudi Arabia, to contribute.")
    assert not any(c.by == "united-states" for c in facts.offers)
    assert has(facts.demands, "european-union", "contribute")
    assert not any("economies" in c.what for c in facts.demands)


def test_a_persons_team_a_government_offer_and_a_thing_spelled_out():
    facts = facts_of("Daniel Dubois's team, led by promoter Frank Warren, have offered Anthony "
                     "Joshua a straight 50-50 split.\n\nKenya's doctors stayed out after their "
                     "union rejected a government offer to hire 1,000 intern doctors.\n\nThe "
                     "ferry committee met. \"We are asking for one thing: a second boat on this "
                     "route,\" said its chair, Joanne Matheson.")
    assert has(facts.offers, "daniel-dubois", "50-50 split")
    assert not any(c.by == "frank-warren" for c in facts.offers)
    assert has(facts.offers, "kenya", "hire 1,000 intern doctors")
    assert any("second boat" in c.what for c in facts.demands)
    assert not any(c.what == "one thing" for c in facts.demands)


def test_he_after_an_unresolved_description_advice_and_a_duration():
    facts = facts_of("Anthony Joshua and Daniel Dubois met in 2024.\n\nThe two-time champ, 37, "
                     "was knocked out by Dubois but believes he is the bigger draw and wants at "
                     "least £50million.\n\nFor two decades the European Union has asked "
                     "Belgrade to compromise. Washington should press Albin Kurti to set up the "
                     "association.")
    assert not any(c.by == "daniel-dubois" for c in facts.demands)
    assert not any("decades" in c.what for c in facts.demands)
    assert not any(c.by == "united-states" for c in facts.demands)


def test_a_union_the_lexicon_knows_and_a_body_that_is_not_the_union():
    facts = facts_of("Birmingham City Council has tabled a new offer to striking bin workers."
                     "\n\nUnite said it would put the offer to a vote but warned members were "
                     "likely to reject it. \"The council is still cutting pay,\" said Unite "
                     "general secretary Sharon Graham. The union wants the officer role "
                     "reinstated.")
    assert has(facts.demands, "unite", "officer role reinstated")
    facts = facts_of("Deutsche Bahn passengers face strikes by the GDL train drivers' union, "
                     "which wants a 35-hour week. The state-owned operator has offered an 11% "
                     "pay rise.")
    assert has(facts.offers, "deutsche-bahn", "11% pay rise")
    assert not any(c.by == "gdl" for c in facts.offers)


def test_what_an_offer_would_do_and_the_members_a_group_names():
    facts = facts_of("Birmingham City Council has tabled a revised offer to striking bin workers "
                     "that would protect the pay of 150 drivers.\n\nGoogle has offered to "
                     "divest its AdX exchange. Google said it would also stop using data from "
                     "its search engine to set prices.\n\nPublishers including News Corp and "
                     "Gannett have urged the court to order a full divestiture.")
    assert has(facts.offers, "birmingham-city-council", "protect the pay of 150 drivers")
    assert has(facts.offers, "google", "stop using data")
    assert has(facts.demands, "news-corp", "full divestiture")
    assert has(facts.demands, "gannett", "full divestiture")


def test_a_condition_hung_on_the_offer_and_what_the_reporter_says_next():
    facts = facts_of("Argentina's government has offered to write off part of the debts that "
                     "provinces owe the pension agency if governors persuade their lawmakers to "
                     "back the 2027 budget, Cabinet Chief Guillermo Francos said on Wednesday."
                     "\n\nIMF mission chief Nathan Porter said Pakistan \"must persevere with "
                     "reforms\" and urged the authorities to privatise state firms.")
    assert any(c.by == "argentina" and c.what.endswith("back the 2027 budget")
               for c in facts.demands)
    assert not any("urged" in c.what for c in facts.demands)


def test_a_companys_creditors_what_is_asked_in_return_and_a_leagues_players_union():
    facts = facts_of("Thames Water creditors offer £3bn rescue\n\nThames Water's senior "
                     "creditors have offered to inject £3.25 billion into the utility in return "
                     "for the regulator agreeing to waive up to £1 billion of fines.")
    assert not any(c.by == "thames-water" for c in facts.offers)
    assert not any("waive" in c.what or "fines" in c.what for c in facts.offers)
    assert has(facts.demands, "senior-creditors", "waive up to £1 billion of fines")
    facts = facts_of("The WNBA players' union rejected the league's proposal. The league offered "
                     "to raise the maximum salary to $1.1 million.")
    assert has(facts.offers, "wnba", "maximum salary")


def test_a_family_by_either_name_and_the_rebels_named_before():
    facts = facts_of("Purdue Pharma and the Sackler family have agreed a settlement. The "
                     "Sacklers will contribute up to $6.5 billion over 15 years.\n\nColombia's "
                     "government and the National Liberation Army (ELN) resumed talks, with the "
                     "rebels pledging to release 12 hostages.")
    assert has(facts.offers, "sackler-family", "$6.5 billion")
    assert "sacklers" not in {e.id for e in facts.entities}
    assert has(facts.offers, "national-liberation-army", "release 12 hostages")


def test_the_items_of_a_list_of_demands():
    facts = facts_of("Members of the Harbour Dockers Union began a strike on Wednesday. The "
                     "union's demands include:\n- a 6.5% pay rise for all members\n- one extra "
                     "day of annual leave\n\nThe port has offered 5%.")
    assert has(facts.demands, "harbour-dockers-union", "6.5% pay rise")
    assert has(facts.demands, "harbour-dockers-union", "one extra day of annual leave")
    assert all(c.evidence in facts.sentences for c in facts.demands)


def test_what_a_party_gets_is_given_by_the_other_and_an_unrelated_header_ends_a_section():
    facts = facts_of("What does India want?\n\nIndia wants lower tariffs on its textiles.\n\n"
                     "What does the EU get?\n\nIndia will cut its tariffs on European cars.\n\n"
                     "What was left out?\n\nNew Delhi wants Indian steel exporters exempted from "
                     "the levy.")
    assert has(facts.offers, "india", "cut its tariffs on European cars")
    assert not any(c.by == "european-union" for c in facts.offers)


def test_they_in_a_condition_are_the_party_told_and_a_nationality_with_an_age():
    facts = facts_of("Manchester United captain Bruno Fernandes has told club bosses he will "
                     "leave in the summer unless they sign a new striker.\n\nThe Portuguese, "
                     "31, also wants a two-year extension.")
    assert any(c.by == "bruno-fernandes" and "sign a new striker" in c.what
               for c in facts.demands)
    assert not any(c.by == "portugal" for c in facts.demands)


def test_a_clause_of_its_own_after_a_request_is_no_part_of_it():
    facts = facts_of("Peru on Monday asked Ecuador to reopen talks on a shared fishing zone in "
                     "the Pacific, while Quito offered instead to extend licences for Peruvian "
                     "boats at the port of Manta.")
    assert has(facts.offers, "ecuador", "extend licences for Peruvian boats")
    assert has(facts.demands, "peru", "reopen talks")


def test_a_nationality_of_the_people_in_a_group_is_not_their_country():
    facts = facts_of("Peruvian bus drivers' unions have demanded that Lima cap diesel prices. "
                     "Kenyan hauliers want a ferry to Mwanza. Chinese officials have demanded an "
                     "apology. Former employees have asked the court to freeze the accounts.")
    assert any(c.by == "peruvian-bus-drivers-unions" for c in facts.demands)
    assert has(facts.demands, "kenyan-hauliers", "ferry to Mwanza")
    assert has(facts.demands, "china", "apology")
    assert any(c.by == "former-employees" for c in facts.demands)
    assert not any(c.by in ("peru", "kenya") for c in facts.demands)


def test_a_coalition_and_what_it_calls_for_others_to_do():
    facts = facts_of("A coalition of 30 mountain towns has asked the regional council to ban "
                     "heavy lorries from the pass.")
    assert any(c.by == "coalition" and "ban heavy lorries" in c.what for c in facts.demands)
    facts = facts_of("A coalition of landlocked states on Monday called for rich countries to "
                     "double their aid for transit roads. The Group of Landlocked States, which "
                     "represents 32 nations, wants the aid paid as grants.")
    assert any(c.by == "group-of-landlocked-states" and c.what.startswith(
        "rich countries to double their aid") for c in facts.demands)
    assert facts.offers == ()  # the doubling is asked of others, not offered


def test_what_a_speaker_asks_is_the_clause_after_the_colon():
    facts = facts_of('Transport Minister Lea Varga spoke to drivers on Friday. "What I ask of the '
                     'Taxi Drivers Guild is simple: end the go-slow and meet us on Monday," she '
                     'said.')
    demand = next(c for c in facts.demands if c.by == "lea-varga")
    assert demand.what.startswith("end the go-slow and meet us on Monday")
    assert demand.counterpart == "taxi-drivers-guild"


def test_a_second_thing_demanded_hung_on_the_verb_is_part_of_the_demand():
    facts = facts_of("The Harbourside Nurses Union has demanded 7% and caps of eight patients per "
                     "nurse on night shifts.")
    assert has(facts.demands, "harbourside-nurses-union", "7% and caps of eight patients")


def test_the_people_counted_are_the_party_not_the_count():
    facts = facts_of("Thousands of delivery riders in Lagos logged off on Monday, demanding a "
                     "minimum fee of 2,000 naira per order.")
    assert has(facts.demands, "delivery-riders", "minimum fee of 2,000 naira")


def test_a_spokesperson_of_an_office_a_country_was_named_with_speaks_for_it():
    facts = facts_of("Bolivia's foreign ministry said Lima must act first. \"We will open the "
                     "bridge for ambulances from tomorrow,\" foreign ministry spokesman Hugo "
                     "Arce told reporters.")
    assert {e.id: e.affiliation for e in facts.entities}["hugo-arce"] == "bolivia"
    assert has(facts.offers, "bolivia", "open the bridge for ambulances")


def test_what_a_speaker_reports_a_named_party_offered_or_asked():
    facts = facts_of('"Chile and Peru have offered to host the next round. Brazil has asked '
                     'for more time," the envoy said. "Argentina needs a deal," she added.')
    assert has(facts.offers, "chile", "host the next round")
    assert has(facts.offers, "peru", "host the next round")
    assert has(facts.demands, "brazil", "more time")
    assert not any(c.by == "argentina" for c in facts.demands)  # a view of what it needs


def test_a_promise_to_a_party_that_and_a_committee_that_is_not_the_one_named():
    facts = facts_of("Norway's bid to host the 2038 Winter Games has promised the International "
                     "Olympic Committee that it will build no new venues. The bid committee has "
                     "also offered to cap spending at 3 billion kroner.")
    offer = next(c for c in facts.offers if "build no new venues" in c.what)
    assert (offer.by, offer.counterpart) == ("norway", "international-olympic-committee")
    assert not any(c.by == "international-olympic-committee" for c in facts.offers)


def test_unnamed_ministers_add_to_their_governments_offer():
    facts = facts_of("Canada has offered the Port of Halifax 300 million dollars for new cranes. "
                     "Ministers would also guarantee cheaper power for the terminal for five "
                     "years.")
    assert any(c.by == "canada" and c.what.startswith("guarantee cheaper power")
               for c in facts.offers)


def test_a_headline_says_again_what_the_story_reports_and_adds_no_claim_of_its_own():
    facts = facts_of("Poorer nations demand share of vaccine profits\n\nAfrican countries "
                     "demanded on Friday that drugmakers hand over 20% of vaccines made in a "
                     "pandemic.")
    assert not any(c.by == "poorer-nations" for c in facts.demands)
    assert "poorer-nations" not in {e.id for e in facts.entities}  # nor its group
    assert any(c.by == "african-countries" for c in facts.demands)
    facts = facts_of("LOVE ISLAND STAR'S SPLIT: Ex wants half of mansion\n\nReality star Maya "
                     "Jama has offered her former partner £1 million for his share of their "
                     "house.")
    assert not {"love", "love-island"} & {e.id for e in facts.entities}  # named only there
    # a first paragraph that ends as a sentence is the story's lead, not a headline
    facts = facts_of("Poorer nations demanded a share of vaccine profits on Friday.\n\nThe talks "
                     "resume in May.")
    assert any(c.by == "poorer-nations" for c in facts.demands)


def test_a_partner_named_after_a_possessive_and_an_age_given_later():
    facts = facts_of("TV star Ellie-Rose Marsh's ex-fiancé Callum Bright is demanding half of "
                     "their £2million Essex home, pals claim.\n\nThe footballer, 29, has also "
                     "asked for joint custody of their son.\n\nEllie-Rose, 26, has offered to buy "
                     "him out of the house for £900,000.")
    assert has(facts.demands, "callum-bright", "half of their £2million Essex home")
    assert has(facts.demands, "callum-bright", "joint custody of their son")
    assert has(facts.offers, "ellie-rose-marsh", "buy him out of the house")


def test_a_condition_set_on_them_is_what_the_offer_asks():
    facts = facts_of("The EU has offered both countries faster access to its single market, on "
                     "condition that they implement the border deal they signed in 2024.")
    assert has(facts.demands, "european-union", "implement the border deal")


def test_lifting_measures_or_an_embargo_is_giving_ground():
    facts = facts_of("Ankara has said it would lift the measures it imposed on Armenian flights "
                     "in 2022.")
    assert has(facts.offers, "turkey", "lift the measures it imposed")


def test_a_minister_belongs_to_the_country_whose_minister_the_text_says_he_is():
    facts = facts_of("South Korea's trade minister on steel talks\n\nExcerpts from a briefing "
                     "by Trade and Industry Minister Ahn Duk-geun in Seoul.\n\nAHN: We are "
                     "asking for the 50% tariff on our steel to be removed.")
    assert {e.id: e.affiliation for e in facts.entities}["ahn-duk-geun"] == "south-korea"


def test_ready_to_buy_more_is_an_offer():
    facts = facts_of("Modi told him India was ready to buy more Australian coal and lentils.")
    assert has(facts.offers, "india", "buy more Australian coal and lentils")


def test_who_is_let_in_what_is_asked_is_no_giver():
    facts = facts_of("Jordan has asked for guarantees that Syrians who leave will be allowed to "
                     "return.")
    assert facts.offers == ()
    assert has(facts.demands, "jordan", "guarantees that Syrians who leave will be allowed")


def test_its_government_spokeswoman_speaks_for_the_country():
    facts = facts_of("Uganda denies backing the rebels. Its government spokeswoman, Ruth Ayo, "
                     "said Kenya should \"stop blaming its neighbours\" and reopen the border.")
    assert {e.id: e.affiliation for e in facts.entities}["ruth-ayo"] == "uganda"
    assert any(c.by == "uganda" for c in facts.demands)


def test_ready_to_deploy_is_an_offer():
    facts = facts_of("The African Union said it was ready to deploy 3,000 troops to Mogadishu "
                     "within weeks.")
    assert has(facts.offers, "african-union", "deploy 3,000 troops")


def test_an_outlets_own_label_asks_the_questions_its_guest_answers():
    facts = facts_of("Iceland's Prime Minister Anna Sig spoke to the broadcaster RUV.\n\n"
                     "RUV: What does Iceland want from Brussels?\n\n"
                     "SIG: Fishing rights in our own waters. That comes first.\n\n"
                     "RUV: And after that?\n\n"
                     "SIG: Then we talk about everything else.")
    assert has(facts.demands, "iceland", "Fishing rights in our own waters")


def test_what_one_wants_another_to_press_for_is_not_yet_the_others_demand():
    facts = facts_of("Lima wants Washington to pressure Caracas to release the detained "
                     "fishermen.")
    assert {c.by for c in facts.demands} == {"peru"}


def test_guaranteeing_no_job_losses_promises_something():
    facts = facts_of("Parcelforce said it would guarantee no compulsory redundancies until 2030, "
                     "in return for changes to Sunday rotas. It offered no pay rise.")
    assert has(facts.offers, "parcelforce", "guarantee no compulsory redundancies")
    assert has(facts.demands, "parcelforce", "changes to Sunday rotas")
    assert not any("pay rise" in c.what for c in facts.offers)


def test_a_maker_of_a_country_is_a_body_not_the_country():
    facts = facts_of("Vertex and NHS England are in talks. The US drugmaker is also prepared to "
                     "fund a patient register.")
    assert not any(c.by == "united-states" for c in facts.offers)


def test_a_with_phrase_describes_what_is_proposed_and_a_second_offerer_has_its_own_clause():
    facts = facts_of("India and Japan have proposed a lower fuel standard instead, with no fixed "
                     "price on emissions, while the European Union has offered to back a levy of "
                     "$90 per tonne.")
    assert has(facts.offers, "india", "lower fuel standard")
    assert has(facts.offers, "european-union", "back a levy of $90 per tonne")
    facts = facts_of("Germany will supply Ukraine with air-defence systems.")
    assert any(c.by == "germany" and c.counterpart == "ukraine" and "air-defence" in c.what
               for c in facts.offers)


def test_what_an_offer_is_called_is_not_what_it_gives():
    facts = facts_of("Peru has put a proposal on the table. Leeds United offered a new deal.")
    assert not any(c.by == "peru" for c in facts.offers)
    assert has(facts.offers, "leeds-united", "new deal")


def test_a_thing_wanted_done_keeps_what_is_to_be_done_to_it():
    facts = facts_of('Ann Oyoo of the Uganda Coffee Growers Association said: "We welcome that, '
                     'but we need the price floor written into law."')
    assert any(c.what.endswith("price floor written into law") for c in facts.demands)


def test_teams_are_a_party_but_the_team_is_one_named_before():
    facts = facts_of("Professional rowing teams have asked the regatta's owner Henley Events for "
                     "a 30% share of the television revenue.")
    assert has(facts.demands, "professional-rowing-teams", "30% share of the television revenue")
    facts = facts_of("The team wants a new bus.")
    assert facts.demands == ()


def test_an_unnamed_spokespersons_we_is_the_body_they_speak_for():
    facts = facts_of("The Orla Festival has lost its headline act. A Kestrel Radio "
                     "spokesperson said: \"We have offered to broadcast the concert free of "
                     "charge.\" Kestrel Radio sponsors the festival.")
    assert [q.speaker for q in facts.quotes] == ["unknown"]
    assert has(facts.offers, "kestrel-radio", "broadcast the concert")
    unnamed = facts_of("A spokesperson said: \"We have offered to broadcast the concert.\"")
    assert unnamed.offers == ()


def test_telling_a_party_to_act_is_an_order_not_its_offer():
    facts = facts_of("The Harbour Data Authority has fined Veltro twice.\n\nThe watchdog, "
                     "which oversees Veltro from Port Ellis, also told Veltro to give users a "
                     "simpler way to object.")
    assert facts.offers == ()
    assert has(facts.demands, "harbour-data-authority", "give users a simpler way",
               to="veltro")


def test_what_is_put_on_the_table_is_offered_without_the_table():
    facts = facts_of("The following is a transcript of an interview with Health Minister "
                     "Ivo Rask.\n\nPRESENTER: What are you offering?\n\nIVO RASK: We've put "
                     "a 6% pay rise on the table, backdated to January, and we have offered to "
                     "cap rostered hours at 60 a week.")
    assert {c.what for c in facts.offers} == {"6% pay rise",
                                               "to cap rostered hours at 60 a week"}


def test_raising_anothers_allocation_on_a_condition_is_an_offer_and_a_demand():
    facts = facts_of("Tarnia and Velmar meet on Monday.\n\nTarnia has said it could increase "
                     "Velmar's timber allocation by 5,000 tonnes if Velmar reopens the river "
                     "port.")
    assert has(facts.offers, "tarnia", "increase Velmar's timber allocation")
    assert has(facts.demands, "tarnia", "reopens the river port", to="velmar")


def test_a_union_named_before_its_members_word_is_that_body():
    facts = facts_of("Pilots at Tarnair will strike in July. The SPAC pilots' union is seeking "
                     "15% over two years. The residents' association wants a crash barrier.")
    assert has(facts.demands, "spac", "15%")
    assert has(facts.demands, "residents-association", "barrier")
    assert "spac-pilots-union" not in {e.id for e in facts.entities}


def test_a_name_taken_up_by_which_is_a_body_and_its_wants_are_its_own():
    facts = facts_of("Vero Lanza, which brought the original complaint, said it wanted the "
                     "settlement to cover subscriptions as well as one-off purchases.")
    assert {e.id: e.kind for e in facts.entities}.get("vero-lanza") == "organization"
    assert has(facts.demands, "vero-lanza", "settlement to cover subscriptions")


def test_an_age_with_a_descriptor_is_the_one_person_not_given_another_age():
    facts = facts_of("Chloe Vance is demanding £2 million from Jake Vance.\n\nThe 29-year-old "
                     "mum-of-two, who married the player in 2021, wants to keep the family "
                     "home.\n\nJake, 31, said he was sad.")
    assert has(facts.demands, "chloe-vance", "keep the family home")
    assert not any(c.by == "jake-vance" for c in facts.demands)


def test_its_members_ask_for_the_body_named_before():
    facts = facts_of("The Tarnian Shipping Council wants the increase phased in over three "
                     "years. Its members are also asking for a seat on the committee.")
    assert has(facts.demands, "tarnian-shipping-council", "seat on the committee")


def test_what_a_named_party_says_the_speakers_side_must_do_is_its_demand():
    facts = facts_of("Ivo Rask is the Tarnian defence minister.\n\n\"Velmar says we must remove "
                     "the ship. They know our answer,\" Rask said.")
    assert has(facts.demands, "velmar", "remove the ship")


def test_a_source_at_the_sentences_end_is_not_what_is_wanted():
    facts = facts_of("Chloe Vance is divorcing Jake Vance.\n\nThe 29-year-old mum-of-two, who "
                     "married the player in 2021, wants to keep the family home for the children "
                     "and is also seeking monthly maintenance of £25,000, court papers seen by "
                     "The Sun reveal.\n\nJake, 31, said he was sad.")
    wanted = {c.what for c in facts.demands if c.by == "chloe-vance"}
    assert any("keep the family home" in w for w in wanted)
    assert not any("court papers" in w for w in wanted)


def test_a_second_promised_act_joined_to_a_payment_is_offered_too():
    facts = facts_of("Tarnshire County Council plans to close the school. She said the council "
                     "would pay for a free bus to the new school and would keep the building "
                     "available for community use.")
    assert has(facts.offers, "tarnshire-county-council", "free bus")
    assert has(facts.offers, "tarnshire-county-council", "keep the building available")


def test_a_claim_held_whole_by_another_from_its_sentence_is_not_repeated():
    facts = facts_of("Tarnford City Council has offered to buy the Grade II-listed Velmar "
                     "Baths from its owners for 3.5 million pounds to stop them being turned "
                     "into flats.")
    whats = [c.what for c in facts.offers if c.by == "tarnford-city-council"]
    assert len(whats) == 1 and "3.5 million pounds" in whats[0]


def test_what_a_party_will_act_only_after_is_its_demand():
    facts = facts_of("Tarnia said it would consider reopening the crossings only after an "
                     "investigation into the clashes. Velmar will sign only after Monday.")
    assert has(facts.demands, "tarnia", "investigation into the clashes")
    assert not any("Monday" in c.what for c in facts.demands)


def test_agreeing_to_suspend_a_change_is_a_commitment():
    facts = facts_of("Tarnford City Council runs the bin service. The council has agreed to "
                     "suspend the change to rotas while talks continue.")
    assert has(facts.offers, "tarnford-city-council", "suspend the change")


def test_a_noun_opening_a_sentence_read_as_a_refusing_verb_negates_nothing():
    facts = facts_of("Refuse collectors in Tarnford returned to work after Tarnford City Council "
                     "agreed to pay a £1,500 bonus to each driver.")
    assert has(facts.offers, "tarnford-city-council", "£1,500 bonus")


def test_a_sentence_verb_read_as_a_clause_on_its_subject_and_member_bodies():
    facts = facts_of("The Tarnian Coast Alliance, which represents 32 local authorities on the "
                     "coast, today called on the government to guarantee £1.2 billion of flood "
                     "defence funding.\n\nIn return, member councils have pledged to match every "
                     "pound of central funding with 20 pence from their own budgets.")
    assert has(facts.demands, "tarnian-coast-alliance", "guarantee £1.2 billion")
    assert has(facts.offers, "tarnian-coast-alliance", "match every pound")


def test_ready_to_invest_in_something_or_to_take_a_pay_cut_is_an_offer():
    facts = facts_of("Tarnia owes water to Velmar. President Ana Ruiz said Tarnia was also "
                     "willing to invest in irrigation systems that waste less water.\n\n"
                     "Marco Bellu, 28, wants to join Velmar City. The 28-year-old has told the "
                     "club he is ready to take a pay cut to complete the move.")
    assert has(facts.offers, "tarnia", "invest in irrigation systems")
    assert has(facts.offers, "marco-bellu", "take a pay cut")


def test_expecting_a_thing_to_happen_is_a_forecast_not_a_demand():
    facts = facts_of("Unite represents the workers. Ineos said it expected the deal to be "
                     "accepted. Ineos expects the union to accept shift changes. Velmar "
                     "expects \"concrete steps\" before the next round.")
    assert not any("deal to be accepted" in c.what for c in facts.demands)
    assert has(facts.demands, "ineos", "accept shift changes")


def test_rival_firms_asking_together_are_a_party():
    facts = facts_of("Velmarsoft offered remedies. Rival firms have asked the Commission to "
                     "require Velmarsoft to open its interfaces.")
    assert any(c.by == "rival-firms" for c in facts.demands)


def test_shopkeepers_ask_and_a_purpose_to_help_is_no_offer():
    facts = facts_of("Shopkeepers in Tarnford have asked Tarnford Council to scrap parking "
                     "charges for a year to help bring back customers.")
    assert has(facts.demands, "shopkeepers", "scrap parking charges")
    assert facts.offers == ()


def test_agreeing_to_raise_the_share_paid_is_a_commitment_and_what_it_also_would_do():
    facts = facts_of("Spotify has agreed to raise the share of revenue it pays to songwriters "
                     "from 10.5% to 12% over three years. Spotify said it would also stop "
                     "counting audiobooks in its premium plans as a bundle.")
    assert has(facts.offers, "spotify", "raise the share of revenue")
    assert has(facts.offers, "spotify", "stop counting audiobooks")


def test_backers_at_a_body_want_for_it_but_doctors_at_a_hospital_for_themselves():
    facts = facts_of("Velmar have offered Yuki Tano a one-year extension, but the Japanese "
                     "driver's backers at Honda want him promoted to the senior team.\n\nJunior "
                     "doctors at St Anne's Hospital have threatened to resign unless the health "
                     "service hires more staff.")
    assert has(facts.demands, "honda", "promoted to the senior team")
    assert not any(c.by == "st-anne-s-hospital" for c in facts.demands)


def test_sending_a_delegation_to_talks_is_no_offer_but_observers_are():
    facts = facts_of("Tarnia said it would send a delegation to Velmar City on Sunday. Malaysia "
                     "said it would send observers to the border.")
    assert not any("delegation" in c.what for c in facts.offers)
    assert has(facts.offers, "malaysia", "observers")


def test_ready_to_host_a_meeting_is_an_offer():
    facts = facts_of("Tarnia, which hosted earlier rounds of talks, said it was ready to host a "
                     "new meeting of the two delegations.")
    assert has(facts.offers, "tarnia", "host a new meeting")


def test_it_is_not_a_nationality_describing_a_thing_and_a_demonym_names_nobody():
    facts = facts_of("Amazon has offered to stop using seller data on its Japanese marketplace, "
                     "as it seeks to settle an investigation.\n\nDaniel Vane, 29, wants a "
                     "rematch. The Londoner, 29, lost the first fight.")
    assert not any(c.by == "japan" for c in facts.demands)
    assert "londoner" not in {e.id for e in facts.entities}


def test_a_dateline_is_not_the_subject_of_an_offer():
    facts = facts_of("ADDIS ABABA, July 3 (Reuters) - Ethiopia has offered Somalia a minority "
                     "stake in Ethiopian Airlines and a share of revenue from a planned dam in "
                     "return for guaranteed access to the port of Berbera, two officials said on "
                     "Saturday.")
    assert has(facts.offers, "ethiopia", "minority stake")
    assert has(facts.demands, "ethiopia", "access to the port of Berbera")


def test_paying_pence_to_somebody_is_an_offer_and_time_to_comply_is_no_gift():
    facts = facts_of("Tesco said on Monday it would pay an extra 0.5p to farmers who sign up to "
                     "its programme.\n\nThe European Commission ordered Apple to open the chip, "
                     "and gave the company six months to comply.")
    assert has(facts.offers, "tesco", "0.5p")
    assert not any(c.by == "european-commission" for c in facts.offers)


def test_a_party_noun_described_by_what_it_is_doing_now_asks():
    facts = facts_of("The rescue still needs the backing of the pension trustees, who are "
                     "demanding a £200 million guarantee from Tesco.\n\nThe union praised workers "
                     "who had given up pay in 2009.")
    assert has(facts.demands, "pension-trustees", "£200 million guarantee")
    assert not any(c.by == "workers" for c in facts.demands + facts.offers)


def test_injecting_money_and_readiness_when_prepared():
    facts = facts_of("Under the terms, Tesco would inject a further £150 million into the chain."
                     "\n\nChelsea are prepared to include a young player in the deal.")
    assert has(facts.offers, "tesco", "£150 million")
    assert has(facts.offers, "chelsea", "include a young player")


def test_a_side_taking_a_plural_verb_is_a_team_not_its_country():
    facts = facts_of("Napoli have rejected an offer from Chelsea and Arsenal for their striker, "
                     "and the Italian side want cash only.")
    assert not any(c.by == "italy" for c in facts.demands)


def test_they_after_a_name_that_describes_plural_people_is_those_people():
    facts = facts_of("The Premier League champions' package includes £85m up front, and they are "
                     "understood to be prepared to include a young defender as a makeweight.")
    assert not any(c.by == "premier-league" for c in facts.offers)


def test_the_company_is_not_the_party_its_own_verb_asks():
    facts = facts_of("Microsoft has offered to sell Windows without its assistant in Korea.\n\n"
                     "Naver, which runs the largest search engine, said the offer did not go far "
                     "enough. The company wants Microsoft to show a choice screen to all users.")
    assert has(facts.demands, "naver", "choice screen")
    assert not any(c.by == "microsoft" for c in facts.demands)


def test_an_oil_major_is_a_company_and_rich_countries_are_asked():
    facts = facts_of("What does ExxonMobil want?\n\nThe US oil major, which leads the consortium "
                     "pumping oil off Guyana, wants assurances that its block will not be touched."
                     "\n\n\"We want rich countries to cut their emissions,\" said Seve Paeniu, "
                     "Tuvalu's finance minister.")
    assert has(facts.demands, "exxonmobil", "assurances")
    assert has(facts.demands, "tuvalu", "cut their emissions")


def test_a_condition_after_the_reporting_verb_is_set_by_who_is_reported():
    facts = facts_of("Lebanon is ready to deploy an additional 6,000 soldiers along its southern "
                     "border, Prime Minister Nawaf Salam said on Saturday, but only if Israel "
                     "stops its air strikes.")
    assert has(facts.demands, "lebanon", "stops its air strikes")
    assert not any(c.by == "nawaf-salam" for c in facts.demands)


def test_the_governing_body_is_the_association_named_before_and_id_like_asks():
    facts = facts_of("Emma Raducanu has asked the Lawn Tennis Association to fund a physio. "
                     "Raducanu said the governing body had offered her access to its National "
                     "Tennis Centre.\n\n\"I'd like the LTA to do the same,\" Raducanu said.")
    assert has(facts.offers, "lawn-tennis-association", "access to its National Tennis Centre")
    assert has(facts.demands, "emma-raducanu", "do the same")


def test_a_brand_with_an_inner_capital_acts_and_its_bases_are_places():
    facts = facts_of("Cabin crew at easyJet's Gatwick and Luton bases will strike. easyJet said it "
                     "had offered a 6% rise and called on the union to return to talks.")
    ids = {e.id for e in facts.entities}
    assert "easyjet" in ids and not ids & {"gatwick", "luton"}
    assert has(facts.offers, "easyjet", "6% rise")


def test_of_equally_named_bodies_the_company_is_the_one_that_acted():
    facts = facts_of("A housebuilder has offered to build a GP surgery.\n\nPersimmon Homes made "
                     "the offer in a letter to the council. The company also said it would fund "
                     "a second bus to Marlborough.")
    assert has(facts.offers, "persimmon-homes", "second bus")


def test_we_want_a_thing_to_be_so_is_a_demand():
    facts = facts_of("\"We want any new levy to be broad-based,\" said Paschal Donohoe, Ireland's "
                     "finance minister.")
    assert has(facts.demands, "ireland", "any new levy to be broad-based")


def test_parents_at_a_school_ask_for_themselves_but_scientists_at_a_body_for_it():
    facts = facts_of("Parents at St Mary's Primary School in Thornbury have demanded that the "
                     "council reinstate a crossing patrol.\n\nScientists at the European "
                     "Southern Observatory have asked Chile to move the plant.")
    assert has(facts.demands, "parents", "reinstate a crossing patrol")
    assert has(facts.demands, "european-southern-observatory", "move the plant")


def test_an_agency_in_the_dateline_is_no_subject_and_agreeing_later_is_no_offer():
    facts = facts_of("BOGOTA, Aug 11 (Reuters) - Colombia's government has offered reduced "
                     "sentences and protection for demobilised fighters to the National "
                     "Liberation Army (ELN) if the rebel group frees the 23 hostages it still "
                     "holds, the government's chief negotiator said on Tuesday.\n\nSinger Joey "
                     "Essex is demanding £80,000 an episode before he agrees to rejoin the cast.")
    assert has(facts.offers, "colombia", "reduced sentences")
    assert has(facts.demands, "colombia", "frees the 23 hostages")
    assert not any(c.by == "joey-essex" for c in facts.offers)


def test_an_answers_opening_sentence_counts_beside_a_want_after_it():
    facts = facts_of("Kenya's trade minister, Lee Kinyanjui, spoke to the Review.\n\n"
                     "Q: What is Kenya asking Washington for?\n\n"
                     "A: Duty-free access for our textiles, tea and flowers for at least ten "
                     "years. We also want the US to recognise our standards for fresh produce.\n\n"
                     "Q: What are you prepared to give?\n\n"
                     "A: We are ready to open government procurement to US firms in some "
                     "sectors.")
    assert has(facts.demands, "kenya", "Duty-free access")
    assert has(facts.demands, "kenya", "recognise our standards")
    assert has(facts.offers, "kenya", "open government procurement")


def test_provided_sets_a_condition_like_if():
    facts = facts_of("Moldova is prepared to supply Transnistria with gas, President Maia Sandu "
                     "said on Thursday, provided Moscow withdraws its troops from the territory.")
    assert has(facts.demands, "moldova", "withdraws its troops")


def test_the_group_is_the_body_that_speaks_for_members_before_a_company_named_more():
    facts = facts_of("Halvard Foods has offered to cut its fees, Halvard Foods said. Halvard Foods "
                     "expects a ruling in May.\n\nThe Nordic Grocers Association said the cut was "
                     "too small. \"Halvard Foods still sets the price,\" said its director, Eva "
                     "Lund. The group wants the regulator to cap the fees.")
    assert has(facts.demands, "nordic-grocers-association", "cap the fees")


def test_a_usual_payment_and_an_expected_event_are_neither_offer_nor_demand():
    facts = facts_of("About 9,000 households pay £40 a year for the green bin service.\n\n"
                     "Biffa said it had hired ten drivers and expected weekly "
                     "collections to resume next month.")
    assert not facts.offers
    assert not facts.demands


def test_an_unnamed_council_is_the_council_of_its_kind_and_a_named_one_is_itself():
    facts = facts_of("Parents have challenged the borough council's plan to close the "
                     "library.\n\nThe council has offered free bus passes to every pupil.")
    assert has(facts.offers, "borough-council", "bus passes")
    named = facts_of("Halden City Council said the plan would go ahead.\n\nThe city council "
                     "has offered a new roof to the school.")
    assert has(named.offers, "halden-city-council", "new roof")


def test_the_bloc_is_the_union_named_before_not_the_last_name_tagged_a_body():
    facts = facts_of("Talks resume in Brussels under EU mediation.\n\nKosovo wants Serbia to hand "
                     "over the suspects in the 2023 Banjska attack.\n\nThe bloc has promised 150 "
                     "million euros in investment for the north.")
    assert has(facts.offers, "european-union", "150 million euros")


def test_a_claim_the_headline_sums_up_is_kept_from_the_lead_that_makes_it():
    facts = facts_of("Villagers offer £400,000 to save last pub as brewery sets deadline\n\n"
                     "Villagers in Much Hadham have pledged £400,000 to buy the Bull Inn.")
    offer = next(c for c in facts.offers if c.by == "villagers")
    assert offer.evidence.startswith("Villagers in Much Hadham")


def test_a_name_which_takes_up_is_a_body_and_acts_past_its_relative_clause():
    facts = facts_of("The regulator Ofwell has told Brickly to add age checks.\n\n"
                     "Brickly, which has 90 million daily users, many of them under 13, offered "
                     "on Monday to switch off direct messages by default for all under-16s.")
    assert next(e for e in facts.entities if e.id == "brickly").kind == "organization"
    assert has(facts.offers, "brickly", "switch off direct messages")


def test_a_finite_verb_parsed_as_a_clause_on_the_name_before_it_has_that_name_as_subject():
    facts = facts_of("The NSPCC called for the law to be extended to gaming platforms' voice "
                     "chat.")
    assert has(facts.demands, "nspcc", "law to be extended")


def test_a_unions_pay_claim_is_its_demand():
    facts = facts_of("Coldmart has offered staff a 6 per cent rise in talks with the union "
                     "Shopwork. The offer falls short of the union's claim for £13 an hour.")
    assert has(facts.demands, "shopwork", "£13 an hour")


def test_what_the_offer_includes_in_a_clause_on_it_is_more_of_that_offer():
    facts = facts_of("Coldmart has offered its shop workers a 6 per cent pay rise. The offer, "
                     "which also includes an extra day of holiday for staff, falls short of the "
                     "union's claim.")
    assert has(facts.offers, "coldmart", "extra day of holiday")


def test_a_condition_on_an_act_the_offer_lets_happen_is_a_demand():
    facts = facts_of("Ostrava has offered to let Velan freight cross its territory by rail if "
                     "Velan removes a claim to the border region from its constitution.")
    assert has(facts.demands, "ostrava", "removes a claim")


def test_said_a_thing_was_good_but_wanted_more_is_the_reporters_demand_not_the_things():
    facts = facts_of("The Cricket Board has offered players contracts. The Players Union said "
                     "the contracts were a step forward but wanted the board to release players "
                     "for two tournaments.\n\nThe ELN's negotiator, Pablo Reyes, said the group "
                     "was willing to talk but wanted the government to suspend operations.")
    assert has(facts.demands, "players-union", "release players")
    assert not has(facts.demands, "pablo-reyes", "suspend operations")


def test_what_a_speaker_offers_a_party_in_a_cleft_is_the_thing_not_the_party():
    facts = facts_of('Tamuno Briggs, the Nigerian minister, said: "What we offer investors now '
                     'is a new fiscal regime."')
    assert has(facts.offers, "nigeria", "new fiscal regime")
    assert not any(c.what == "investors" for c in facts.offers)


def test_the_coalition_introduced_as_a_coalition_of_members_is_that_group_not_a_company():
    facts = facts_of("Macrosoft has offered to cut prices. The complaint, filed by a coalition "
                     "of European software firms including Cloudnext, says Macrosoft is unfair. "
                     "The coalition wants the price difference to be at least 20 per cent.")
    assert has(facts.demands, "coalition-of-european-software-firms", "price difference")
    assert not has(facts.demands, "macrosoft", "price difference")


def test_it_in_an_as_clause_is_the_subject_of_the_clause_it_hangs_on():
    facts = facts_of("Vietnam has offered to buy 50 Boeing aircraft as it seeks to avoid a 46 "
                     "percent tariff on its exports.")
    assert has(facts.demands, "vietnam", "avoid a 46 percent tariff")
    assert not any(c.by == "boeing" for c in facts.demands)


def test_a_bodys_own_officer_saying_it_has_to_pay_states_a_need_not_a_demand():
    facts = facts_of("Everton have offered fans a seat on the board. The club's chief executive, "
                     "Angus Kinross, said the club had to pay for the stadium.\n\nThe fans' "
                     "chair, Diane Kelly, said the club must freeze prices.")
    assert not has(facts.demands, "angus-kinross", "pay for the stadium")
    assert has(facts.demands, "diane-kelly", "freeze prices")


def test_the_college_named_before_offers_and_plural_people_in_the_object_are_the_recipients():
    facts = facts_of("Allotment holders must leave after the landowner, Christ Church college, "
                     "said it needed the land. The college has offered the 46 plot holders "
                     "replacement plots on a field two miles away.")
    offer = next(c for c in facts.offers if c.by == "christ-church")
    assert offer.what.startswith("replacement plots")


def test_the_government_is_not_the_country_a_company_comes_from():
    facts = facts_of("Indian steelmaker Varma Steel has bid for the Redcar plate mill.\n\nThe "
                     "Community union said any buyer must commit to keeping steelmaking on the "
                     "site.\n\nThe government has said it could provide up to £100m towards the "
                     "cost of the furnace.")
    assert has(facts.offers, "government", "up to £100m towards the cost")
    assert not any(c.by == "india" for c in facts.offers)
    # a term set for whoever buys, by the party that sets it
    assert has(facts.demands, "community", "commit to keeping steelmaking", to=None)
    kenya = facts_of("Kenyan farmers blocked roads on Monday.\n\nThe government has said it "
                     "could provide up to 500 tonnes of fertiliser.")
    assert has(kenya.offers, "kenya", "500 tonnes")


def test_a_thing_parsed_as_the_recipients_apposition_is_what_is_offered():
    facts = facts_of("Wolverhampton Wanderers have offered midfielder Marco Rossi a new four-year "
                     "contract worth £90,000 a week in an attempt to fend off interest from "
                     "Juventus.")
    assert has(facts.offers, "wolverhampton-wanderers", "new four-year contract",
               to="marco-rossi")


def test_what_a_party_says_it_should_have_it_asks_for():
    facts = facts_of("Russia, whose border guards once policed the region, says it should have "
                     "a role too.")
    assert has(facts.demands, "russia", "role", to=None)
    duty = facts_of("Russia says it should act with restraint.")
    assert not any(c.by == "russia" for c in duty.demands)


def test_a_thing_read_as_an_adverb_of_time_after_the_recipient_is_what_is_offered():
    facts = facts_of("Carlow & Hythe, which owns 1,100 pubs across England and Wales, is offering "
                     "its tenants a three-month rent holiday from January after a run of "
                     "closures blamed on energy costs.")
    assert has(facts.offers, "carlow-hythe", "three-month rent holiday")


def test_a_named_party_told_in_a_quotation_what_it_should_do_is_asked_it():
    facts = facts_of('"Japan should withdraw its ships from the region," Chinese foreign ministry '
                     'spokeswoman Mao Ning told reporters.')
    assert has(facts.demands, "china", "withdraw its ships", to="japan")
    people = facts_of('"Zambians must benefit from their own resources," the minister said.')
    assert not people.demands
    opening = facts_of('"But Benin must stop allowing its territory to be used against us," '
                       'Trade Minister Seydou Asman told AFP.')
    assert any(c.what.startswith("stop allowing") for c in opening.demands)


def test_a_long_name_whose_last_word_a_clause_hangs_on_is_the_subject():
    facts = facts_of("Coalition for Cloud Fairness, which represents 40 smaller software firms, "
                     "called for a fine.")
    assert has(facts.demands, "coalition-for-cloud-fairness", "fine")


def test_what_the_package_includes_is_more_of_the_offer():
    facts = facts_of("Saudi Arabia will provide Syria with $2 billion in grants and loans for "
                     "reconstruction, the finance ministry said.\n\nThe package, announced after "
                     "talks in Riyadh, includes $500 million to repair power stations.")
    assert has(facts.offers, "saudi-arabia", "$500 million")


def test_dropping_a_case_is_a_concession_and_its_condition_asks_the_other_side():
    facts = facts_of("New Zealand's trade minister, Aroha Tane, spoke on Monday.\n\n"
                     "\"We have told Ottawa we will drop the case if Canada gives our exporters "
                     "the access the panel ruled they were owed,\" Tane said.")
    assert has(facts.offers, "new-zealand", "drop the case")
    assert has(facts.demands, "new-zealand", "gives our exporters the access")


def test_no_need_is_no_demand_but_should_not_forbids():
    facts = facts_of("Voltra said the update would be sent over the air and that owners would "
                     "not need to visit a dealer.")
    assert not facts.demands
    facts = facts_of("Brazil said Israel should not annex the West Bank.")
    assert has(facts.demands, "brazil", "annex the West Bank")


def test_the_regulator_is_not_a_company_the_text_called_a_carmaker():
    facts = facts_of("Electric carmaker Voltra has offered to update the braking software of "
                     "180,000 vehicles after the US road safety regulator demanded a recall.")
    assert has(facts.offers, "voltra", "update the braking software")
    assert not any(c.by == "voltra" for c in facts.demands)


def test_a_countrys_firms_among_the_objects_compounds_are_the_recipients():
    facts = facts_of("Panama has offered US shipping lines priority booking slots during dry "
                     "seasons.")
    offer = next(c for c in facts.offers if c.by == "panama")
    assert offer.what.startswith("priority booking slots")
    counted = facts_of("Cricket West Indies has offered 30 players year-round central "
                       "contracts worth up to $400,000.")
    assert any(c.what.startswith("year-round central contracts") for c in counted.offers)


def test_all_that_is_asked_for_is_wanted_and_years_given_are_no_offer():
    facts = facts_of('Len Harper spoke on Monday. "I gave that show fifteen years. All I\'m '
                     'asking for is a fair hearing," he said.')
    assert has(facts.demands, "len-harper", "fair hearing")
    assert not facts.offers


def test_a_bodys_rejected_proposal_to_act_was_still_offered():
    facts = facts_of("Riverside Water is in trouble. Creditors have rejected the company's "
                     "proposal to swap £2bn of debt for shares.")
    assert has(facts.offers, "riverside-water", "swap £2bn of debt for shares")


def test_a_present_verb_joined_to_a_past_clause_is_the_sentences_next_act():
    facts = facts_of("Baghdad wants Ankara to pay the $1.5 billion an arbitration court awarded "
                     "it in 2023, and wants all oil exports from the Kurdistan region to go "
                     "through Iraq's state oil marketer, SOMO.")
    assert has(facts.demands, "iraq", "all oil exports from the Kurdistan region")


def test_what_one_party_lets_another_do_is_not_the_others_offer():
    facts = facts_of("In return, Burkina Faso has agreed to let Ghanaian security forces share "
                     "intelligence on jihadist groups.")
    assert has(facts.offers, "burkina-faso", "share intelligence")
    assert not any(c.by == "ghana" for c in facts.offers)


def test_it_in_what_an_unnamed_council_reports_is_that_council():
    facts = facts_of("The parish council said it would not support the scheme unless the "
                     "developer paid for a footpath.")
    assert has(facts.demands, "parish-council", "paid for a footpath")


def test_two_objects_side_by_side_are_who_is_offered_and_what():
    facts = facts_of("Promoter Eddie Hearn said Matchroom had already offered the winning camp "
                     "a rematch at Anfield with a £10million purse.")
    assert any(c.what.startswith("rematch") for c in facts.offers)
    rise = facts_of("Freshway has offered its 45,000 shop staff a pay rise of 7% from April, the "
                    "biggest in its history.")
    assert any(c.what.startswith("pay rise") for c in rise.offers)


def test_a_deadline_to_make_an_offer_is_no_offer_made():
    facts = facts_of("Supermarket group Fenwicks has tabled a £1.1bn takeover offer for "
                     "convenience store chain QuickStop.\n\nFenwicks has until February 22 to "
                     "make a firm offer under takeover rules.")
    assert has(facts.offers, "fenwicks", "£1.1bn takeover offer")
    assert not any("firm offer" in c.what for c in facts.offers)


def test_what_is_wanted_stops_before_a_verb_with_its_own_auxiliary():
    facts = facts_of("Cleveland mayor Justin Bibb wants the team to stay downtown and has offered "
                     "$461 million to renovate the existing lakefront stadium instead.")
    assert any(c.what == "stay downtown" for c in facts.demands)


def test_provided_another_party_acts_is_a_condition_on_the_offer():
    facts = facts_of("The Cleveland Browns have offered to pay $600 million towards a new "
                     "stadium, provided the state of Ohio contributes at least $600 million in "
                     "bonds.")
    assert has(facts.demands, "cleveland-browns", "contributes at least $600 million")


def test_a_demand_an_apposition_says_was_dismissed_was_still_made():
    facts = facts_of("Prime Minister Abiy Ahmed has instead called for Ethiopia to be given "
                     "access to a Red Sea port, a demand neighbouring Eritrea has dismissed.")
    assert has(facts.demands, "abiy-ahmed", "access to a Red Sea port")


def test_a_named_party_in_a_who_clause_makes_the_offer_unless_it_is_told_in_passing():
    facts = facts_of("Forward Lena Moss wants to join Harrow Athletic, who are understood to "
                     "have offered her a two-year deal.")
    assert has(facts.offers, "harrow-athletic", "two-year deal")
    past = facts_of("Harrow Athletic, who wanted the forward last summer, have pulled out.")
    assert past.demands == ()


def test_an_amount_in_millions_ends_its_sentence():
    facts = facts_of("Dunmore Velo want a fee of €1.5m. Osprey Pro Cycling have refused.")
    assert any(c.what.endswith("€1.5m") for c in facts.demands)


def test_the_word_before_a_councils_head_noun_names_it():
    facts = facts_of("Lower Wyke Parish Council wants the bus route kept.\n\nIts chairman said "
                     "the parish would provide a shelter rent-free.")
    assert has(facts.offers, "lower-wyke-parish-council", "shelter")


def test_her_lawyers_act_for_whom_the_sentence_before_was_about():
    facts = facts_of("Singer Maya Dorne has demanded an apology from a gossip website.\n\nThe "
                     "pop star, 31, is angry about a story that said she had snubbed her "
                     "bandmate Lucy Vance.\n\nHer lawyers have written to the website insisting "
                     "it remove the story.")
    assert has(facts.demands, "maya-dorne", "remove the story")
    assert not any(c.by == "lucy-vance" for c in facts.demands)


def test_who_launched_a_petition_calling_for_something_asks_for_it():
    facts = facts_of("Parents at Hollins Primary have launched a petition calling on Kirkby "
                     "Council to keep the school's crossing patrol.")
    assert any("crossing patrol" in c.what and c.counterpart == "kirkby-council"
               for c in facts.demands)


def test_people_including_named_people_are_those_people_not_the_first_named():
    facts = facts_of("More than 300 authors, including Hilary Venn and Tom Akers, have signed "
                     "an open letter demanding that publishers pay a fair share of audiobook "
                     "income.")
    assert not any(c.by in ("hilary-venn", "tom-akers") for c in facts.demands)


def test_a_name_the_parser_reads_as_an_adverb_still_speaks():
    facts = facts_of("The regulator has fined the running app Stridely €2m.\n\nStridely said it "
                     "disagreed with the findings but would offer every user a tool to erase "
                     "their data.")
    assert has(facts.offers, "stridely", "tool")


def test_both_governments_are_the_two_countries_named_before():
    facts = facts_of("Peru and Ecuador have taken their fishing dispute to an arbitration panel "
                     "in Geneva. Chile has offered to host the hearings.\n\nBoth governments have "
                     "promised to accept the panel's decision.")
    assert {c.by for c in facts.offers if "accept the panel" in c.what} == {"ecuador", "peru"}


def test_a_body_the_lead_describes_is_the_one_the_next_paragraph_names():
    facts = facts_of("The Norwegian consumer watchdog has ordered the dating app Flirtly to stop "
                     "selling user profiles to advertisers.\n\nThe Forbrukertilsynet said the "
                     "app had ignored two warnings.\n\nThe company said it would appeal.")
    assert has(facts.demands, "forbrukertilsynet", "stop selling user profiles")
    later = facts_of("Flirtly has offered refunds.\n\nThe watchdog has ordered it to stop "
                     "selling profiles.\n\nThe Forbrukertilsynet said more fines could follow.")
    assert not any(c.by == "forbrukertilsynet" for c in later.demands)


def test_a_shareholder_named_with_its_trade_word_is_the_body():
    facts = facts_of("Shareholder Corran Asset Management urged the board to open its books to "
                     "the bidder.")
    assert has(facts.demands, "corran-asset-management", "open its books")


def test_what_a_minister_says_his_own_government_must_do_is_not_his_demand():
    facts = facts_of("Zambia's Minister of Finance, Peter Banda, welcomed the plan but said his "
                     "government would need to see detailed costings before committing money.")
    assert not any(c.by == "peter-banda" for c in facts.demands)


def test_ground_a_party_signals_it_could_give_is_offered_but_not_a_forecast():
    facts = facts_of("Lima wants a higher price for its gas. Santiago has signalled it could "
                     "accept a modest rise.")
    assert has(facts.offers, "chile", "accept a modest rise")
    forecast = facts_of("Analysts at Norbank said Chile would probably accept a modest rise.")
    assert forecast.offers == ()


def test_what_no_one_will_have_to_do_is_a_promise_not_a_demand():
    facts = facts_of("Council leader Jane Rudd said no resident would have to move more than "
                     "ten miles.")
    assert facts.demands == ()


def test_the_thing_offered_after_a_clause_on_the_recipients():
    facts = facts_of("The Eastern Tour has offered players who joined the rival Summit League a "
                     "route back to its events.")
    assert has(facts.offers, "eastern-tour", "route back")
    assert not any(c.what == "players" for c in facts.offers)


def test_a_second_thing_asked_for_joined_on_the_verb_keeps_its_clause():
    facts = facts_of("Union leader Mo Dart said: \"We are asking for 6% now and a commitment to "
                     "restore lost pay by 2031.\"")
    assert any(c.what.endswith("restore lost pay by 2031") for c in facts.demands)


def test_unnamed_bosses_and_relatives_are_parties():
    facts = facts_of("Network chiefs are said to have offered the presenter a £100,000 rise.\n\n"
                     "Relatives of residents at Elm Lodge care home have demanded that Halford "
                     "Council keep the home open.")
    assert any(c.by == "network-chiefs" for c in facts.offers)
    assert has(facts.demands, "relatives", "keep the home open")


def test_walking_out_unless_she_is_paid_asks_to_be_paid():
    facts = facts_of("Telly host Jo Lane has told bosses she will walk out unless she is paid "
                     "the same as her co-host.")
    assert has(facts.demands, "jo-lane", "paid the same as her co-host")


def test_the_lender_is_the_bank_named_before():
    facts = facts_of("Eastgate Bank will close 30 branches.\n\nThe lender said it would pay for "
                     "shared banking hubs in the towns left without a bank.")
    assert has(facts.offers, "eastgate-bank", "banking hubs")


def test_a_company_the_lead_describes_with_a_is_the_one_named_next():
    facts = facts_of("A mobile phone company has offered to move a planned mast away from a "
                     "primary school in Thornby.\n\nKestrelnet, which builds masts for the major "
                     "networks, said it would hold a drop-in session.")
    assert has(facts.offers, "kestrelnet", "move a planned mast")


def test_what_a_party_demands_by_doing_something_else_is_its_demand():
    facts = facts_of("Singer Kelsey Marr is holding up the band's reunion tour by demanding top "
                     "billing.\n\nThe singer, 38, has told promoters she will only sign if her "
                     "name appears first on every poster.")
    assert has(facts.demands, "kelsey-marr", "top billing")
    assert has(facts.demands, "kelsey-marr", "appears first on every poster")


def test_a_country_ready_to_share_imagery_offers_it():
    facts = facts_of("Bangkok was ready to share satellite imagery with Phnom Penh.")
    assert has(facts.offers, "thailand", "satellite imagery")


def test_a_sports_company_says_what_it_offered():
    facts = facts_of("Event promoter Emerald Sports said it had offered the player hotel and "
                     "travel costs for his whole team.")
    assert next(e for e in facts.entities if e.id == "emerald-sports").kind == "organization"
    assert has(facts.offers, "emerald-sports", "travel costs")


def test_wanting_something_and_having_asked_another_are_two_demands():
    facts = facts_of("Hadley Otters Swimming Club wants its four weekly evening sessions restored "
                     "and has asked Telford and Wrekin Council, which owns the building, to "
                     "intervene.")
    assert any(c.what.endswith("sessions restored") for c in facts.demands)
    assert has(facts.demands, "hadley-otters-swimming-club", "intervene",
               to="telford-and-wrekin-council")


def test_time_given_to_act_asks_for_the_act():
    facts = facts_of("Spain's labour ministry has given food delivery app Rapido three months to "
                     "put its riders on employment contracts.")
    assert has(facts.demands, "spain", "employment contracts", to="rapido")


def test_he_after_a_countrys_unnamed_president_is_the_country():
    facts = facts_of("Argentina's president has said he will seek talks on the islands' "
                     "sovereignty at the UN this year.")
    assert has(facts.demands, "argentina", "talks on the islands")


def test_a_body_the_lead_gives_as_a_countrys_is_the_one_named_next():
    facts = facts_of("Norway's consumer authority has ordered phone maker Vextra to sell spare "
                     "parts to repair shops.\n\nThe Consumer Authority of Norway said on Tuesday "
                     "that Vextra had broken the law.")
    assert has(facts.demands, "consumer-authority-of-norway", "spare parts", to="vextra")
    assert not any(c.by == "norway" for c in facts.demands)


def test_what_a_party_must_do_or_pay_is_not_offered():
    facts = facts_of("Phone maker Vextra must comply within 90 days or pay up to 4 million euros "
                     "a week, the Consumer Authority of Norway said.")
    assert not any("million" in c.what for c in facts.offers)


def test_a_verb_after_a_quotation_closes_is_the_reporters_next_act():
    facts = facts_of("Phone maker Vextra said it would appeal. In a statement, it said the "
                     "software lock \"protects customers from fake parts\" and offered to open a "
                     "training programme for independent shops.")
    assert has(facts.offers, "vextra", "training programme")


def test_it_after_a_sentence_about_the_government_is_the_country():
    facts = facts_of("What does Lesotho want?\n\nThe government wants the royalty raised. It "
                     "also wants South Africa to pay for clinics in the villages.")
    assert has(facts.demands, "lesotho", "pay for clinics", to="south-africa")


def test_pushing_to_act_asks_for_it_but_hoping_to_does_not():
    facts = facts_of("As work drags on, Lesotho is pushing to renegotiate the royalties it is "
                     "paid. Tonga is hoping to win the vote.")
    assert has(facts.demands, "lesotho", "renegotiate the royalties")
    assert not any(c.by == "tonga" for c in facts.demands)


def test_they_in_a_clause_on_the_sentences_verb_is_its_unnamed_party():
    facts = facts_of("Tenants who run pubs owned by Marlowe & Finch have turned down a rent "
                     "holiday offered by the brewer, saying what they need is a cap on the price "
                     "of beer.")
    assert has(facts.demands, "tenants", "cap on the price")


def test_a_thing_that_must_be_so_is_asked_for_whole():
    facts = facts_of("Repair group Fixit Europe welcomed the ruling but said certification must "
                     "be free.")
    assert has(facts.demands, "fixit-europe", "certification must be free", to=None)


def test_demands_sent_are_asked_not_offered():
    facts = facts_of("Her manager, Tasha Greig, has sent the magazine a list of demands including "
                     "approval of every photo.")
    assert has(facts.demands, "tasha-greig", "approval of every photo")
    assert not facts.offers


def test_the_verb_after_an_apposition_is_the_sentences_own():
    facts = facts_of("Drivers want Safiri to cut its commission. The company, Kenya's largest "
                     "ride-hailing app, responded by offering drivers a discount on fuel. Safiri's "
                     "general manager said margins were thin.")
    assert has(facts.offers, "safiri", "discount on fuel")


def test_refusing_to_act_until_another_does_asks_it():
    facts = facts_of("Scotland's women's rugby players have refused to sign new contracts until "
                     "Scottish Rugby agrees to full pay for maternity leave.")
    assert has(facts.demands, "women-rugby-players", "full pay for maternity leave",
               to="scottish-rugby")


def test_supporters_and_fans_who_ask_are_parties():
    facts = facts_of("Harrowby Council wants to sell the rink. Supporters have started a petition "
                     "calling on the council to pause the sale. Fans want the manager sacked.")
    assert has(facts.demands, "supporters", "pause the sale")
    assert has(facts.demands, "fans", "manager sacked")


def test_what_we_told_a_party_must_happen_is_the_speakers_sides_demand():
    facts = facts_of("Senegal's fisheries minister, Fatou Ndiaye, spoke to RFI.\n\n\"We have told "
                     "Brussels that any new agreement must cut the tuna quota by a third,\" "
                     "Ndiaye said.")
    assert has(facts.demands, "senegal", "cut the tuna quota")


def test_selling_wanted_or_under_way_is_no_offer():
    facts = facts_of("Harrowby Council wants to knock down the rink and sell the site for housing."
                     "\n\n\"We are selling clean power at the price of coal,\" said Bhutan's "
                     "economy minister, Karma Wangdi.")
    assert not facts.offers
    assert has(facts.demands, "harrowby-council", "sell the site")


def test_unions_named_before_their_kind_each_ask():
    facts = facts_of("The GMB and Unite unions, which represent most of the workforce, said they "
                     "wanted the job guarantee written into the sale contract.")
    assert has(facts.demands, "gmb", "job guarantee") and has(facts.demands, "unite",
                                                               "job guarantee")
    assert not any(c.by == "unions" for c in facts.demands)


def test_a_condition_hung_on_the_reporting_verb_after_an_offer_is_asked():
    facts = facts_of("Champion jockey Tomas Byrne has appealed against a ban.\n\nThe British "
                     "Horseracing Authority has offered to cut the suspension to 14 days if Byrne "
                     "drops the appeal, his agent, Mick Doherty, confirmed on Saturday.")
    assert has(facts.demands, "british-horseracing-authority", "drops the appeal",
               to="tomas-byrne")


def test_a_notice_sent_asks_what_follows_its_colon():
    facts = facts_of("Bolivia's energy minister, Alejandro Gallardo, spoke to Unitel.\n\n"
                     "\"We sent both consortiums a formal notice this month: start building the "
                     "plants or the contracts end,\" Gallardo said.")
    assert has(facts.demands, "bolivia", "start building the plants")
    assert not facts.offers


def test_who_wrote_to_a_body_demanding_asks_it():
    facts = facts_of("Seven families living near the singer's estate have written to the "
                     "district council demanding an enforcement notice. Her neighbours, who want "
                     "her to tear down the barn, are angry.")
    assert has(facts.demands, "families", "enforcement notice")
    assert any("tear down the barn" in c.what and "neighbours" in c.by for c in facts.demands)


def test_a_petition_signed_by_a_party_asks_for_it_and_the_school_is_the_academy():
    facts = facts_of("Parents at Fernhill Academy have called on the school to drop its blazers. A "
                     "petition signed by 480 parents asks the academy to allow plain items. "
                     "Headteacher Sarah Okwuosa said the school would give a £50 grant to every "
                     "family on free school meals.")
    assert has(facts.demands, "parents", "allow plain items")
    assert has(facts.offers, "fernhill-academy", "£50 grant")


def test_the_two_companies_are_the_two_named_together():
    facts = facts_of("The regulator has told mobile operators Volta and Brightwave that their "
                     "merger will be blocked. The two companies have offered to freeze prices for "
                     "two years.")
    assert has(facts.offers, "volta", "freeze prices") and has(facts.offers, "brightwave",
                                                                "freeze prices")


def test_countries_listed_before_what_they_are_offered_receive_it():
    facts = facts_of("Tanzania's transport minister, Makame Mbarawa, spoke to The Citizen.\n\n"
                     "\"We are also offering Zambia and Malawi dedicated berths so their cargo "
                     "moves faster,\" Mbarawa said.")
    assert has(facts.offers, "tanzania", "dedicated berths")


def test_a_participle_read_as_a_verb_after_the_recipients_is_part_of_the_thing():
    facts = facts_of("Lilongwe has offered Tanzanian fishermen continued access to the lake and "
                     "proposed a joint commission to share any oil revenue.")
    assert has(facts.offers, "malawi", "continued access to the lake")
    assert has(facts.offers, "malawi", "joint commission")
    assert {c.by for c in facts.offers} == {"malawi"}


def test_what_a_party_has_sold_is_no_offer():
    facts = facts_of("Baker Ruth Nnamdi, who has sold bread at the market for 12 years, said "
                     "most traders made less than £100 on a quiet Saturday.")
    assert not facts.offers


def test_it_after_a_name_read_as_an_adverb_is_that_body():
    facts = facts_of("The Musicians' Union has called on streaming service Tunely to pay more."
                     "\n\nTunely, which has 45 million subscribers in Europe, said the increase "
                     "would put an extra 80 million euros a year into the hands of rights holders. "
                     "It also offered to publish how much it pays per stream.")
    assert has(facts.offers, "tunely", "publish how much it pays")


def test_called_on_a_body_the_parser_left_bare_still_asks_it():
    facts = facts_of("The motoring organisation the RAC has called on electric vehicle charging "
                     "company VoltPoint to compensate drivers who were stranded.")
    assert has(facts.demands, "rac", "compensate drivers", to="voltpoint")
    assert not facts.offers


def test_staff_at_a_body_ask_it_for_themselves_and_councillors_act_for_their_council():
    facts = facts_of("Drivers at bus operator Cobalt Lines are demanding a 9 per cent rise. "
                     "Members of the Alderney Parliament want the Harbour Board to cut fees.\n\n"
                     "Fenwick Town Council met on Monday, and councillors voted to ask the water "
                     "company to publish its spill data.")
    assert has(facts.demands, "drivers", "9 per cent rise")
    assert not has(facts.demands, "cobalt-lines", "9 per cent rise")
    assert has(facts.demands, "alderney-parliament", "cut fees")
    assert has(facts.demands, "fenwick-town-council", "publish its spill data")


def test_what_is_asked_in_exchange_for_a_gerund_and_a_free_time_given():
    facts = facts_of("Coastair had proposed a 3 per cent rise in exchange for crews accepting "
                     "longer shifts. Brightbox said it would give existing customers six months "
                     "of the service free.")
    assert any(c.by == "coastair" and c.what == "accepting longer shifts" for c in facts.demands)
    assert has(facts.offers, "brightbox", "six months of the service free")


def test_an_offer_to_meet_after_a_passive_clause_is_the_reporters():
    facts = facts_of("Owner Ruud Vermeer said in a statement on Friday that no decision had been "
                     "taken and offered to meet the trust before the new season.")
    assert has(facts.offers, "ruud-vermeer", "meet the trust")


def test_a_part_of_a_claim_cut_short_is_not_a_claim_again():
    facts = facts_of("Okafor said Norland would also allow South African engineers to help run "
                     "the dam's treatment works for the first five years.")
    assert len([c for c in facts.offers if c.by == "norland"]) == 1


def test_a_finite_verb_joined_to_one_under_a_modal_is_another_demand():
    facts = facts_of("The GMB says Tesco must sit down for formal talks and wants the hourly rate "
                     "raised to £15 at every one of its distribution centres in the country.")
    assert has(facts.demands, "gmb", "sit down for formal talks")
    assert has(facts.demands, "gmb", "hourly rate raised")
    assert not any("wants" in c.what for c in facts.demands)


def test_a_remedy_promised_by_a_party_that_was_asked_is_an_offer():
    facts = facts_of("Harwick District Council has asked bike-hire operator Cyclix to introduce "
                     "docking bays.\n\nCyclix said it would install 80 new docking stations by "
                     "May and would use its app to fine riders who leave bikes outside them. "
                     "Rival Pedalo said it would build a new depot in the town.")
    assert has(facts.offers, "cyclix", "install 80 new docking stations")
    assert has(facts.offers, "cyclix", "use its app to fine riders")
    assert not any(c.by == "pedalo" for c in facts.offers)


def test_an_officer_of_state_reporting_the_countrys_act_speaks_for_it():
    facts = facts_of("Lesotho has asked South Africa to pay more for its water, Water Minister "
                     "Thabo Mokhele said on Monday. \"We are asking our neighbour to pay a fair "
                     "price,\" Mokhele said.\n\nNamibia wants Angola to share river data, Prime "
                     "Minister Ruth Iipumbu said. \"We want the data every week,\" she said.")
    assert has(facts.demands, "lesotho", "pay a fair price")
    assert has(facts.demands, "ruth-iipumbu", "data")


def test_a_ranked_player_a_purpose_and_a_thing_that_should_be_done():
    facts = facts_of("Tennis player Ines Dardan will miss the Fed Cup. The world No. 41 also "
                     "wants the federation to publish its selection rules.\n\nMalawi has asked "
                     "Zambia to open the border post at night, in a bid to give its truckers a "
                     "faster route. The charity Living Streets said e-bikes should be banned from "
                     "pavements. Hartley Council said the new bridge should be finished by May.")
    assert has(facts.demands, "ines-dardan", "publish its selection rules")
    assert not facts.offers
    assert has(facts.demands, "living-streets", "should be banned from pavements")
    assert not any(c.by == "hartley-council" for c in facts.demands)


def test_an_interviewers_words_about_a_party_only_the_questions_name_claim_nothing():
    facts = facts_of("Transcript: Peru's energy minister.\n\nRADIO NORTE: Fishermen want "
                     "compensation. Will they get it?\n\nMINISTER QUISPE: We will give a fuel "
                     "subsidy to every registered boat owner.")
    assert not any(c.by == "fishermen" for c in facts.demands)


def test_it_in_an_as_clause_after_a_dateline_is_the_main_subject():
    facts = facts_of("COLOMBO, Aug 24 (Reuters) - Nepal has offered Bhutan a stake in the Arun "
                     "dam as it seeks a new $300 million loan to pay for fuel, two officials said "
                     "on Thursday.")
    assert has(facts.demands, "nepal", "$300 million loan")
    assert not any(c.by == "bhutan" for c in facts.demands)


def test_a_thing_considered_on_a_condition_and_the_least_a_party_will_take():
    facts = facts_of("Battery supplier Voltcore has asked carmaker Arden Motors to pay 10 per "
                     "cent more. Arden has rejected the increase. A spokesperson said the carmaker "
                     "would consider a rise of 3 per cent if Voltcore guaranteed deliveries.\n\n"
                     "Heavyweight Dean Croft has said he won't fight again for less than £4 "
                     "million.")
    assert has(facts.offers, "arden-motors", "rise of 3 per cent")
    assert has(facts.demands, "arden-motors", "guaranteed deliveries", to="voltcore")
    assert any(c.by == "dean-croft" and c.what == "£4 million" for c in facts.demands)


def test_a_meeting_promised_in_answer_and_what_should_be_possible():
    facts = facts_of("Parents are calling on builder Oakfield Homes to replace the park.\n\nA "
                     "spokesperson said the company was listening and would meet the parents' "
                     "group next week. The campaign group Tidy Lanes said walkers should be "
                     "able to use the path at night.")
    assert has(facts.offers, "oakfield-homes", "meet the parents")
    assert has(facts.demands, "tidy-lanes", "should be able to use the path")


def test_a_readiness_given_in_return_and_a_letter_sent_asking():
    facts = facts_of("Namibia has asked the World Bank to ease its loan terms. In return, Windhoek "
                     "is prepared to phase out fuel subsidies a year early.\n\nPersonal trainer "
                     "Dean Holt, 29, has sent Mia a solicitor's letter asking for the gold watch "
                     "to be returned within 14 days.")
    assert has(facts.offers, "namibia", "phase out fuel subsidies")
    assert not any(c.by == "dean-holt" for c in facts.offers)
    assert has(facts.demands, "dean-holt", "gold watch")


def test_members_a_chairman_speaks_of_set_the_bodys_condition():
    facts = facts_of("The Guild of Wedding Florists wants the fee cut reversed. Its chairman, "
                     "Owen Price, said members would stop using Bellhaven Halls from January "
                     "unless the chain restored the old rate.")
    assert has(facts.demands, "guild-of-wedding-florists", "restored the old rate")
    assert not any(c.by == "owen-price" for c in facts.demands)


def test_a_short_company_name_the_parish_council_and_a_guarantee_asked():
    facts = facts_of("Travel agents are angry with Selby Hotels. Selby offered to keep paying 10 "
                     "per cent on group bookings.\n\nRother County Council has cut the 14 bus. "
                     "The parish council has asked the operator to restore a Saturday service.\n\n"
                     "Tashkent wants a guarantee that the reservoir will be filled slowly and that "
                     "Tajikistan will release agreed volumes of water in summer.")
    assert has(facts.offers, "selby-hotels", "keep paying 10 per cent")
    assert has(facts.demands, "parish-council", "restore a Saturday service")
    assert not any(c.by == "tajikistan" for c in facts.offers)


def test_a_participle_after_an_asked_clause_is_the_askers_offer():
    facts = facts_of("BISHKEK (AFP) - Tajikistan has asked Iran to lend it $1 billion to finish "
                     "the Nurek-2 dam, offering to sell Tehran a third of the plant's output for "
                     "20 years, the ministry said. \"The dam will end our blackouts and give us "
                     "power to export,\" Energy Minister Rustam Nazarov said.")
    assert has(facts.offers, "tajikistan", "to sell Tehran a third")
    assert not any("power to export" in c.what for c in facts.demands)


def test_a_bodys_officers_ask_for_it_and_a_short_answer_is_offered():
    facts = facts_of("Halden District Council will decide in May. Its planning officers have "
                     "asked Greenfield Renewables for a new noise study.\n\nBotswana's Minister "
                     "of Minerals, Lefoko Moagi, spoke to Mmegi.\n\nQ: What are you offering in "
                     "return?\n\nMOAGI: A licence extension to 2054. And we are ready to invest "
                     "with them.")
    assert has(facts.demands, "halden-district-council", "noise study")
    assert has(facts.offers, "botswana", "licence extension to 2054")
    assert any(e.id == "greenfield-renewables" and e.kind == "organization"
               for e in facts.entities)


def test_a_report_promised_to_the_company_urged_is_offered_but_not_a_decision():
    facts = facts_of("Digital rights group Open Lens urged doorbell maker Knockly to require a "
                     "court order for every request. Knockly said it would publish a report every "
                     "six months.\n\nCampaigners have asked the regulator, the Civil Transport "
                     "Authority, to review the runway plan. The Civil Transport Authority said it "
                     "would publish its decision in the autumn.")
    assert has(facts.offers, "knockly", "publish a report every six months")
    assert not any(c.by == "civil-transport-authority" for c in facts.offers)


def test_an_accented_capital_a_rhetorical_offer_and_trade_plurals_that_ask():
    facts = facts_of("Costa Rica proposed joint customs checks with Nicaragua. Foreign Minister "
                     "Ana Vega said San José would also cover the cost of new scanners. \"We are "
                     "offering a "
                     "solution, not a complaint,\" she said.\n\nSupermarkets selling in Wales have "
                     "called on the government to delay the bottle deposit scheme.")
    assert has(facts.offers, "costa-rica", "cost of new scanners")
    assert not any("solution" in c.what for c in facts.offers)
    assert has(facts.demands, "supermarkets", "delay the bottle deposit scheme")


def test_an_offer_joined_to_a_past_relative_clause_and_a_review_promised_in_answer():
    facts = facts_of("Retailer Brightcart said it would remove sellers whose chargers failed "
                     "tests and would offer customers a free replacement charger.\n\nGolfer Amy "
                     "Lund has called on the Ladies Tour to publish its accounts. The Ladies Tour "
                     "said it would review prize money for next season.")
    assert has(facts.offers, "brightcart", "free replacement charger")
    assert has(facts.offers, "ladies-tour", "review prize money")


def test_a_surcharge_cut_by_a_shipping_line_and_a_parent_named_by_kin():
    facts = facts_of("Exporters want Vega Line to scrap its congestion surcharge. Vega Line said "
                     "it would cut the surcharge to $150 from November.\n\n\"Mum is 94. Moving her "
                     "could kill her,\" said Janet Price.")
    assert has(facts.offers, "vega-line", "cut the surcharge to $150")
    assert "mum" not in {e.id for e in facts.entities}


def test_a_buyer_or_owner_the_lead_names_later_and_no_longer_affording():
    facts = facts_of("The preferred bidder for the Tees Valley smelter has asked the government to "
                     "cap its power costs.\n\nSwiss group Alvor Metals is understood to want a "
                     "price of £60. In return, it has pledged to keep all 900 jobs.")
    assert has(facts.demands, "alvor-metals", "cap its power costs")
    assert has(facts.offers, "alvor-metals", "keep all 900 jobs")
    facts = facts_of("The owner of Dunmow Rovers has offered to sell the club to its fans for £1."
                     "\n\nBusinessman Colin Reed, who bought the club in 2019, said he could no "
                     "longer afford to fund its losses.")
    assert has(facts.offers, "colin-reed", "sell the club")
    assert not any("losses" in c.what for c in facts.offers)
    reed = next(e for e in facts.entities if e.id == "colin-reed")
    assert reed.role == "Businessman"


def test_told_by_a_regulator_to_act_asks_and_a_stranded_name_is_no_subject():
    facts = facts_of("Energy firm Voltic has been told by the regulator Ofgem to compensate 90,000 "
                     "customers.\n\nIndependent bakeries that make bread for discount supermarket "
                     "Pennywise are demanding a 12 per cent rise.\n\nTelcoNet, which applied for "
                     "permission last month, has offered to move the mast 200 metres.")
    assert has(facts.demands, "ofgem", "compensate 90,000 customers")
    assert not any(c.by == "voltic" for c in facts.offers)
    assert has(facts.demands, "independent-bakeries", "12 per cent rise")
    assert not any(c.by == "pennywise" for c in facts.demands)
    assert has(facts.offers, "telconet", "move the mast")


def test_the_company_asked_named_before_is_the_party_that_answers():
    facts = facts_of("Residents have complained about Brightlane Energy's turbines. Brightlane "
                     "Energy has installed six of them.\n\nThe parish council has asked the "
                     "company to fund a noise study. Brightlane Energy said it would publish a "
                     "noise report every month.")
    assert has(facts.demands, "parish-council", "fund a noise study", to="brightlane-energy")
    assert has(facts.offers, "brightlane-energy", "publish a noise report")


def test_any_act_declared_ready_is_offered_but_not_talks_or_contests():
    facts = facts_of("Tenants have asked Dunmore Water to drop its price rise. Dunmore Water said "
                     "it was prepared to spread the rise over two years.\n\nThe club said it was "
                     "ready to discuss a shorter contract. The champions are ready to defend the "
                     "title.")
    assert has(facts.offers, "dunmore-water", "spread the rise over two years")
    assert not any("contract" in c.what or "title" in c.what for c in facts.offers)


def test_described_players_ask_and_a_named_work_is_no_subject():
    facts = facts_of("Voice actors who worked on the game Nightfall have called on Quaver "
                     "Records to pay them royalties for streams.")
    assert has(facts.demands, "voice-actors", "pay them royalties", to="quaver-records")
    assert not any(c.by == "nightfall" for c in facts.demands)
    facts = facts_of("Growers have called on Quaver Foods to pay a fair price.")  # `on`, a particle
    assert has(facts.demands, "growers", "pay a fair price", to="quaver-foods")


def test_an_act_joined_to_a_payment_with_its_own_would_is_offered():
    facts = facts_of("Striker Dan Ewell has asked Halford Town to release him. His agent said "
                     "Ewell would pay back his loyalty bonus and would play for Halford in the "
                     "cup final.")
    assert has(facts.offers, "dan-ewell", "play for Halford")


def test_what_we_will_do_answers_a_question_about_what_is_given():
    facts = facts_of(
        "Chile's Minister of Mining, Aurora Williams, was interviewed by Radio Cooperativa.\n\n"
        "COOPERATIVA: Is there anything you can give the smelters?\n\n"
        "WILLIAMS: We will bring the smelting season forward by a month. The rest depends on "
        "prices.")
    assert has(facts.offers, "chile", "bring the smelting season forward")
    facts = facts_of(
        "Chile's Minister of Mining, Aurora Williams, was interviewed by Radio Cooperativa.\n\n"
        "COOPERATIVA: What went wrong with the smelters?\n\n"
        "WILLIAMS: We will publish the audit next week.")
    assert not any("audit" in c.what for c in facts.offers)


def test_his_government_is_the_country_his_report_opens_with():
    facts = facts_of("Tuvalu has asked New Zealand for a second ferry, Prime Minister Feleti Teo "
                     "said on Monday, adding that his government would let New Zealand engineers "
                     "inspect the harbour.")
    assert has(facts.offers, "tuvalu", "let New Zealand engineers inspect the harbour")
    assert not any(c.by == "new-zealand" for c in facts.offers)


def test_an_officers_company_would_offer_more_and_pay_for_an_act():
    facts = facts_of(
        "Hauliers want Tamar Tolls Group to drop its toll rise. Tamar Tolls Group, which runs the "
        "bridge, said costs had risen. Its chief executive, Ada Morr, said the company was "
        "prepared to phase the rise over two years and would offer a discount to small firms."
        "\n\nThe parish council has offered Tamar Tolls Group a depot. Council chairman Ed Lyle "
        "said the council would also pay to resurface the lay-by. Tamar Tolls Group said it was "
        "grateful for the offer and would review it.")
    assert has(facts.offers, "tamar-tolls-group", "discount")
    assert not any(c.by == "ada-morr" for c in facts.offers)
    assert has(facts.offers, "parish-council", "resurface the lay-by")
    assert has(facts.offers, "tamar-tolls-group", "review it")


def test_what_is_asked_in_a_that_clause_or_as_the_least_taken():
    facts = facts_of('"What we ask of the mills is that they keep their crews until April," said '
                     "Peru's fisheries minister, Ana Ruiz.\n\nActors want Lumen Studios to stop "
                     "cloning voices. Equity, the performers' union, said its members would accept "
                     "nothing less than a written guarantee.")
    assert has(facts.demands, "peru", "keep their crews until April")
    assert has(facts.demands, "equity", "written guarantee")


def test_a_threat_sets_a_condition_and_a_markets_demand_asks_nothing():
    facts = facts_of("Road hauliers have threatened to divert their lorries unless the operator "
                     "of the bridge drops its toll rise.\n\nKenya's demand for Ugandan power is "
                     "rising, officials said.")
    assert has(facts.demands, "road-hauliers", "drops its toll rise")
    assert not any(c.by == "kenya" for c in facts.demands)


def test_a_label_with_a_digit_asks_and_the_answer_offers():
    facts = facts_of(
        "Morocco's Minister of Water, Nizar Baraka, spoke to 2M TV on Sunday.\n\n"
        "2M TV: Why are you cutting supplies?\n\nBARAKA: The dams are low.\n\n"
        "RADIO2M: What are you offering the farmers?\n\n"
        "BARAKA: The state will cover 80 per cent of the cost of new pipes. That is fair.")
    assert has(facts.offers, "morocco", "80 per cent of the cost of new pipes")


def test_a_club_fits_shields_and_has_agreed_to_switch_off_when_asked():
    facts = facts_of("Residents have asked Ashton Rovers to fit shields to its floodlights. Club "
                     "secretary Neil Barr said Ashton Rovers would fit the shields before "
                     "Christmas and had agreed to switch the lights off by 10pm.")
    assert has(facts.offers, "ashton-rovers", "fit the shields before Christmas")
    assert has(facts.offers, "ashton-rovers", "switch the lights off by 10pm")


def test_the_channel_asked_in_a_condition_and_a_group_named_next():
    facts = facts_of("Presenter Gemma Lowe has been offered a new deal by Channel 5. Pals say "
                     "Gemma will walk unless the channel agrees to cut her early shifts.")
    assert has(facts.demands, "gemma-lowe", "cut her early shifts")
    facts = facts_of("Nimbra Cloud has offered customers service credits, but a group "
                     "representing small online retailers says credits are not enough and wants "
                     "cash compensation.\n\nThe Online Retailers Forum said members had lost "
                     "£8,000 each.")
    assert has(facts.demands, "online-retailers-forum", "cash compensation")


def test_a_rule_defined_by_its_clause_and_a_guarantee_to_buy():
    facts = facts_of("Darts player Luke Hale is asking for a rule that doesn't punish parents.\n\n"
                     "Egg producers want Hartwells to pay more. Hartwells said it would guarantee "
                     "to buy all eggs from its current suppliers until 2029.")
    assert has(facts.demands, "luke-hale", "rule that doesn't punish parents")
    assert has(facts.offers, "hartwells", "guarantee to buy all eggs")


def test_an_offer_turned_down_or_come_back_with_is_made():
    facts = facts_of("The couple have rejected a £200,000 offer from Hello Media for pictures. "
                     "Hello Media has since come back with an offer to donate £50,000 to a "
                     "hospice.\n\nArsenal are expected to return with an improved offer of "
                     "£30 million.")
    assert has(facts.offers, "hello-media", "£200,000")
    assert has(facts.offers, "hello-media", "donate £50,000 to a hospice")
    assert not any(c.by == "arsenal" for c in facts.offers)


def test_an_act_joined_under_a_modal_in_a_quotation_is_no_imperative():
    facts = facts_of('Indonesia wants the case dropped. "We could lower export duties on nickel '
                     'and give European carmakers a share of battery output," Trade Minister '
                     "Budi Santoso said.")
    assert any("share of battery output" in c.what for c in facts.offers)


def test_a_ranked_player_threatens_and_offers_on_a_condition():
    facts = facts_of("World No. 4 Luke Hale has threatened to quit the Darts Federation unless it "
                     "changes a rule on ranking money.\n\nHis manager said Hale would play every "
                     "event next year if the Darts Federation restored his points. Guyana said it "
                     "would attend talks only if Venezuela cancelled the vote.")
    assert has(facts.demands, "luke-hale", "changes a rule", to="darts-federation")
    assert has(facts.offers, "luke-hale", "play every event next year")
    assert has(facts.demands, "luke-hale", "restored his points")
    assert not any("talks" in c.what for c in facts.offers)


def test_brands_ask_the_marketplace_that_answers_and_shares_data():
    facts = facts_of("Five sportswear brands have asked online marketplace Bazaro to remove fake "
                     "trainers. The brands also want Bazaro to verify every seller.\n\nA "
                     "spokesperson said the company would hire 200 more reviewers and was "
                     "prepared to share seller data with the brands' lawyers.\n\nChina already "
                     "shares flow data with the Mekong River Commission.")
    assert has(facts.demands, "sportswear-brands", "verify every seller", to="bazaro")
    assert has(facts.offers, "bazaro", "hire 200 more reviewers")
    assert has(facts.offers, "bazaro", "seller data")
    assert not any(c.by == "china" for c in facts.offers)


def test_fines_paid_are_offered_and_terms_a_return_requires_are_asked():
    facts = facts_of("Golfer Tom Kerr has asked the Tour to lift his ban. He said he would pay "
                     "outstanding fines of £300,000.\n\nThe Tour's chief executive, Guy Kinnings, "
                     "said any return would require Kerr to drop his appeal.")
    assert has(facts.offers, "tom-kerr", "fines of £300,000")
    assert has(facts.demands, "guy-kinnings", "drop his appeal")


def test_flights_paid_and_what_is_put_on_the_table_after_a_question_about_another():
    facts = facts_of("Somerset County Cricket Club have asked the England and Wales Cricket Board "
                     "to release Jack Leach. The county's director of cricket, Andy Hurry, said "
                     "the club would pay Leach's flights from Colombo. \"We just need our best "
                     'spinner for one game," Hurry said.')
    assert has(facts.offers, "somerset-county-cricket-club", "Leach's flights from Colombo")
    assert has(facts.demands, "somerset-county-cricket-club", "best spinner")
    facts = facts_of(
        "Namibia's Minister of Mines, Tom Alweendo, was interviewed by NBC radio.\n\n"
        "NBC: Germany has promised to buy the ammonia. What else do you want?\n\n"
        "ALWEENDO: Long-term contracts at a guaranteed price.\n\n"
        "NBC: And what is Namibia putting on the table?\n\n"
        "ALWEENDO: The land, for 40 years. We will also build the desalination plant ourselves.")
    assert has(facts.offers, "namibia", "The land, for 40 years")
    assert has(facts.offers, "namibia", "build the desalination plant")


def test_a_players_neighbours_are_a_party_of_their_own():
    facts = facts_of("Chelsea striker Marcus Adebayo's neighbours are demanding he switch off the "
                     "floodlights on his basketball court by 10pm.")
    assert has(facts.demands, "neighbours", "switch off the floodlights")
    assert not any(c.by == "marcus-adebayo" for c in facts.demands)


def test_what_the_government_can_promise_and_acts_joined_to_a_readiness():
    facts = facts_of(
        "Uzbekistan's Minister of Agriculture, Aziz Voitov, spoke to Kun.uz.\n\n"
        "KUN.UZ: What do you want from the brands?\n\nVOITOV: Auditors in the fields.\n\n"
        "KUN.UZ: What can the government promise them?\n\n"
        "VOITOV: Full access for the labour monitors, every season.")
    assert has(facts.offers, "uzbekistan", "Full access for the labour monitors")
    facts = facts_of("Gambia wants Senegal to halve the toll. Joof said Gambia was ready to extend "
                     "the bridge's opening hours and would post extra customs officers on its "
                     "side.\n\nTaxi drivers want Bristol Airport to scrap its fee. The airport "
                     "would cut the fee to £5 and would open a free waiting area.")
    assert has(facts.offers, "gambia", "post extra customs officers")
    assert has(facts.offers, "bristol-airport", "open a free waiting area")


def test_a_fee_already_paid_is_no_offer_and_an_agent_on_the_thing_gives_it():
    facts = facts_of('"Our members are already paying £1,400 a month for listings," said Nick '
                     "Leeming of the National Association of Estate Agents.\n\nThe singer has "
                     "been offered £250,000 for a second book by Harbour Press.")
    assert not any("1,400" in c.what for c in facts.offers)
    assert has(facts.offers, "harbour-press", "£250,000")


def test_a_trade_with_two_words_and_bell_ringers_ask():
    facts = facts_of("Independent estate agents have called on property portal Homescout to drop "
                     "a new monthly charge.\n\nThe bell ringers want the church to keep the "
                     "Easter peal.")
    assert has(facts.demands, "independent-estate-agents", "drop a new monthly charge",
               to="homescout")
    assert has(facts.demands, "bell-ringers", "keep the Easter peal")


def test_an_asker_that_says_it_would_act_offers_in_return():
    facts = facts_of("Rower Kate Ellis has asked British Rowing to let her train at home. Ellis "
                     "said she would attend every national team assessment.\n\nThe union has "
                     "asked Kelso Foods for a pay rise. It said it would ballot members again.")
    assert has(facts.offers, "kate-ellis", "attend every national team assessment")
    assert not any("ballot" in c.what for c in facts.offers)


def test_a_party_that_asked_offers_to_turn_up_in_return():
    facts = facts_of("Rower Tilly Marsh has asked British Rowing to let her train at home in "
                     "Cork. Marsh said she would come back to Caversham for every selection "
                     "trial and would race at the national championships in May.")
    assert has(facts.offers, "tilly-marsh", "come back to Caversham for every selection trial")
    assert has(facts.offers, "tilly-marsh", "race at the national championships")
    unasked = facts_of("Tilly Marsh said she would race at the national championships in May.")
    assert unasked.offers == ()


def test_money_put_into_something_is_offered_but_a_company_put_into_administration_is_not():
    facts = facts_of("Fiji has asked New Zealand to write off a loan. Its finance minister said "
                     "Fiji would put the money into new seawalls on Vanua Levu.")
    assert has(facts.offers, "fiji", "put the money into new seawalls")
    facts = facts_of("Ofwat has asked the water company to cut bills. Ministers said they "
                     "would put the company into special administration.")
    assert not any("administration" in c.what for c in facts.offers)


def test_the_government_a_minister_speaks_of_is_the_country_he_came_in_with():
    facts = facts_of(
        "Grenada has asked Canada to swap 60 million dollars of debt for reef projects, "
        "Finance Minister Dennis Cornwall said on Friday.\n\n"
        "Cornwall said the government would put the money into coral nurseries and would "
        "report every year to a joint board.")
    assert has(facts.offers, "grenada", "put the money into coral nurseries")
    assert has(facts.offers, "grenada", "report every year to a joint board")
    party = facts_of("The Green Party has asked voters for support, its leader Anna Frey said. "
                     "Frey said the government should build more homes.")
    assert not any(c.by == "green-party" or c.counterpart == "green-party"
                   for c in party.demands if "homes" in c.what)


def test_what_a_gift_depends_on_is_asked_by_its_giver():
    facts = facts_of("Canada has pledged 40 million dollars for clinics in Haiti. The "
                     "minister said the grant would depend on Haiti publishing its health "
                     "budget every quarter.")
    assert has(facts.demands, "canada", "publishing its health budget every quarter", "haiti")
    facts = facts_of("Japan will lend Laos 200 million dollars. The loan is conditional on "
                     "Laos opening its power grid to regional buyers, officials said.")
    assert has(facts.demands, "japan", "opening its power grid")
    plain = facts_of("Farmers in the delta depend on water from the dam, officials said.")
    assert plain.demands == ()


def test_what_a_party_wants_another_to_keep_paying_for_is_no_offer_of_the_other():
    facts = facts_of("The Friends of Elm Library group wants Norfolk County Council to keep "
                     "paying for the building's heating.")
    assert not any(c.by == "norfolk-county-council" for c in facts.offers)
    assert has(facts.demands, "friends-of-elm-library", "heating")


def test_a_bodys_spokesperson_reports_for_the_body():
    facts = facts_of("Somerset Council said it would close the branch in April. A council "
                     "spokesperson said it was willing to hand over the building on a "
                     "peppercorn rent for five years.")
    assert has(facts.offers, "somerset-council", "building")


def test_what_they_get_from_you_asks_what_the_ministers_country_offers():
    facts = facts_of(
        "Ghana's Minister of Lands and Natural Resources, Kofi Mensah, spoke to the BBC on "
        "Tuesday. This is an edited transcript.\n\n"
        "BBC: And what do they get from you?\n\n"
        "MENSAH: A 20-year licence and the use of the Takoradi railway. The government will "
        "also build the access road from Tarkwa.")
    assert has(facts.offers, "ghana", "A 20-year licence")
    assert has(facts.offers, "ghana", "build the access road from Tarkwa")
    envoy = facts_of(
        "Petra Holm, Sweden's special envoy, has mediated between Colombia's government and "
        "the rebels since 2024.\n\n"
        "Q: What is on the table this time?\n\n"
        "A: The government has offered to free 40 prisoners. That is the shape of it.")
    assert not any(c.by == "sweden" for c in envoy.offers)


def test_an_asker_offers_to_play_in_return_and_an_agreement_to_stop_is_an_offer():
    facts = facts_of("Bowler Sam Reid has asked Kent to let him play in the Pakistan Super "
                     "League. Reid said he would play every Blast match before leaving.")
    assert has(facts.offers, "sam-reid", "play every Blast match before leaving")
    facts = facts_of("Camera maker Lumix Home has agreed to stop selling customers' footage to "
                     "advertisers, after the regulator warned it.")
    assert has(facts.offers, "lumix-home", "stop selling customers' footage to advertisers")


def test_a_party_asked_to_put_things_right_offers_to_tell_those_affected_and_look_again():
    facts = facts_of("The Information Commissioner's Office has demanded that Streamly tell "
                     "every customer whose data was leaked. Streamly said it would email the "
                     "9,000 affected customers by March.")
    assert has(facts.offers, "streamly", "email the 9,000 affected customers")
    facts = facts_of("Fiji has asked India to fund a radar chain. India's foreign ministry said "
                     "New Delhi was ready to look at the request favourably.")
    assert has(facts.offers, "india", "look at the request")


def test_a_spokesman_for_a_named_group_asks_for_the_group():
    facts = facts_of("Mauritius wants a fund, Britain said. A spokesman for the Chagossian "
                     "Voices group urged both governments to let islanders visit the atolls.")
    assert has(facts.demands, "chagossian-voices", "let islanders visit the atolls")


def test_an_asking_ministers_we_will_put_right_is_offered_in_return():
    facts = facts_of(
        "Estonia's Finance Minister, Jürgen Ligi, was interviewed on ERR on Monday.\n\n"
        "ERR: What is Tallinn asking Brussels for?\n\n"
        "LIGI: Two more years to spend the rail money, that is all.\n\n"
        "ERR: Why should Brussels agree?\n\n"
        "LIGI: Because we will publish every contract online from this month.")
    assert has(facts.demands, "estonia", "Two more years")
    assert has(facts.offers, "estonia", "publish every contract online")


def test_a_player_who_asked_offers_to_take_part_and_the_tour_reviews():
    facts = facts_of("Tennis player Mia Holt has asked the WTA to excuse her from two clay "
                     "events. Holt said she would take part in the tour's junior clinics in "
                     "Leeds. WTA chief executive Portia Archer said the tour would review "
                     "Holt's medical reports next week.")
    assert has(facts.offers, "mia-holt", "take part in the tour's junior clinics")
    assert has(facts.offers, "wta", "review Holt's medical reports")


def test_what_a_party_must_get_before_it_acts_is_its_demand():
    facts = facts_of("Boxer Kid Mensah has told promoters he will only fight Danny Cole if he "
                     "gets a £3 million purse.")
    assert has(facts.demands, "kid-mensah", "£3 million purse")
    plain = facts_of("Boxer Kid Mensah said he would fight Danny Cole if the price was right.")
    assert plain.demands == ()


def test_an_international_is_a_player_and_the_team_he_joins_is_a_body():
    facts = facts_of("Prop Sione Taufa wants to join the Dolphins in Australia. The 28-year-old "
                     "Tongan international has offered to repay the £60,000 fee he received.")
    assert has(facts.offers, "sione-taufa", "repay the £60,000 fee")
    assert not any(c.by in ("tonga", "dolphins") for c in facts.offers)


def test_what_we_ask_in_a_question_put_to_our_minister_is_her_countrys():
    facts = facts_of(
        "Ecuador's Minister of Energy, Inés Manzano, spoke to Radio Pichincha on Wednesday.\n\n"
        "PICHINCHA: What are we asking Bogotá for now?\n\n"
        "MANZANO: A firm supply of 450 megawatts every night until the rains come.")
    assert has(facts.demands, "ecuador", "A firm supply of 450 megawatts")
    assert not any(c.by == "colombia" for c in facts.demands)


def test_an_act_done_after_another_demanded_it_is_offered():
    facts = facts_of("Dating app Sparkd will check the age of every new user from May, after "
                     "Ofcom demanded it stop under-18s signing up.")
    assert has(facts.offers, "sparkd", "check the age of every new user")
    plain = facts_of("Dating app Sparkd will check the age of every new user from May, after "
                     "a rise in complaints.")
    assert plain.offers == ()


def test_what_the_party_an_explainers_header_names_could_do_is_its_offer():
    facts = facts_of("Brunei and Malaysia resume talks this month.\n\n"
                     "What could Brunei give?\n\n"
                     "Officials have suggested it could drop its old claim to the district.")
    assert has(facts.offers, "brunei", "drop its old claim to the district")


def test_a_floater_of_a_deal_under_which_it_would_give_asks_what_it_exchanges_for():
    facts = facts_of("Slovenia has floated a deal under which it would store Croatian gas in "
                     "exchange for guaranteed access to the Krk terminal. Slovenian minister "
                     "Alenka Bratusek said Ljubljana was also open to sharing the cost of a "
                     "second pipeline.")
    assert has(facts.demands, "slovenia", "guaranteed access to the Krk terminal")
    assert has(facts.offers, "slovenia", "cost of a second pipeline")


def test_only_for_at_least_a_price_is_the_least_a_party_will_take():
    facts = facts_of("Celtic have asked Aberdeen to sell their striker. Aberdeen said the club "
                     "would only let him go for a transfer fee of at least £15 million.")
    assert has(facts.demands, "aberdeen", "transfer fee of at least £15 million")
    assert not any("£15 million" in c.what for c in facts.offers)


def test_an_answer_goes_on_listing_in_sentences_without_a_verb():
    facts = facts_of(
        "Mongolia's Minister of Mining and Heavy Industry, Jadamba Enkhbayar, was interviewed "
        "by Eagle News.\n\n"
        "EAGLE NEWS: What do you want from Beijing before we sign?\n\n"
        "ENKHBAYAR: A long-term price formula. And Chinese money for the second railway line.")
    assert has(facts.demands, "mongolia", "A long-term price formula")
    assert has(facts.demands, "mongolia", "Chinese money for the second railway line")


def test_a_union_its_officer_reports_sets_the_condition_and_what_it_guarantees_is_asked():
    facts = facts_of("The ADCU union has threatened legal action. ADCU general secretary Yaseen "
                     "Aslam said the union would go ahead with the claim unless every driver "
                     "was paid.")
    assert has(facts.demands, "adcu", "every driver was paid")
    facts = facts_of("Pilots at Skyhaven have voted to strike unless the company guarantees "
                     "them ten rest days a month, the British Airline Pilots' Association said. "
                     "Balpa also wants Skyhaven to reverse a pay cut.")
    assert has(facts.demands, "british-airline-pilots-association", "ten rest days")
    assert has(facts.demands, "british-airline-pilots-association", "reverse a pay cut")


def test_bosses_an_insider_of_a_brand_reports_are_the_brands():
    facts = facts_of("Love Island star Tayla Brooks has told fashion brand Velvet Row to pay her "
                     "£80,000. A "
                     "Velvet Row insider said bosses were willing to pay half the fee if Tayla "
                     "deleted the rival posts.")
    assert has(facts.offers, "velvet-row", "half the fee")
    assert has(facts.demands, "velvet-row", "deleted the rival posts")


def test_a_rider_who_asked_offers_to_ride_for_her_leader():
    facts = facts_of("Cyclist Ellie Barnes has asked her team, Lidl-Trek, to send her to the "
                     "Giro. Barnes said she would ride for Longo Borghini at the Tour next year.")
    assert has(facts.offers, "ellie-barnes", "ride for Longo Borghini")


def test_a_bare_verb_read_as_a_noun_after_insisted_that_is_still_asked():
    facts = facts_of("Uruguay wants a port. Argentina's foreign ministry said it would study "
                     "the proposal but insisted that any deal respect the 1973 River Plate "
                     "treaty.")
    assert has(facts.demands, "argentina", "any deal respect the 1973 River Plate treaty")


def test_a_cost_taken_over_and_trees_planted_are_given():
    facts = facts_of("The Friends of Park Bridge group has asked Tameside Council to keep the "
                     "allotments. The Friends of Park Bridge said it would also take over the "
                     "cost of fencing and water.")
    assert has(facts.offers, "friends-of-park-bridge", "take over the cost of fencing")
    facts = facts_of("Pop star Kai Mercer has been told by neighbours to scrap plans for a "
                     "helipad. The singer's spokesman said he would plant a screen of trees "
                     "around the pad.")
    assert has(facts.offers, "kai-mercer", "plant a screen of trees")


def test_how_a_group_feels_does_not_name_it():
    facts = facts_of("Pop star Kai Mercer has been told by furious neighbours to scrap plans "
                     "for a helipad.")
    assert has(facts.demands, "neighbours", "scrap plans for a helipad")


def test_a_clubs_last_word_alone_is_the_club():
    facts = facts_of("Goalkeeper Tom Hadley wants Bristol City to match a rival offer. City "
                     "have offered the 23-year-old £25,000 a week.")
    assert has(facts.offers, "bristol-city", "£25,000 a week")


def test_a_council_asked_for_a_patrol_offers_to_paint_a_crossing():
    facts = facts_of("Parents have demanded that Kendal Council bring back the school crossing "
                     "patrol. The council said it could not afford the post but would paint a "
                     "zebra crossing on Sandes Avenue by the summer.")
    assert has(facts.offers, "kendal-council", "paint a zebra crossing")


def test_a_kind_of_body_before_a_name_read_apart_is_that_body():
    facts = facts_of("Music streaming app Tunely has offered songwriters a 20 per cent rise in "
                     "royalties per stream.")
    assert has(facts.offers, "tunely", "20 per cent rise in royalties")


def test_it_in_what_a_named_body_reports_is_that_body_whatever_the_model_took_it_for():
    facts = facts_of("Residents have called on Severn Trent to cover the plant's open tanks. "
                     "Severn Trent said it would spend £4 million on new covers by next year.")
    assert has(facts.offers, "severn-trent", "£4 million")


def test_part_of_a_charge_put_into_something_is_offered_by_the_side_that_asked():
    facts = facts_of(
        "Jamaica's Minister of Tourism, Edmund Bartlett, was interviewed by RJR News.\n\n"
        "RJR: What do you want from the cruise lines?\n\n"
        "BARTLETT: Keep Falmouth and Ocho Rios on their routes.\n\n"
        "RJR: And if they do?\n\n"
        "BARTLETT: Then we will put half of the levy into the piers they use.")
    assert has(facts.offers, "jamaica", "put half of the levy into the piers")


def test_a_teams_plural_nickname_alone_is_the_team_a_condition_asks():
    facts = facts_of("Zoe Adeyemi has asked Loughborough Lightning to release her so she can "
                     "join Melbourne Vixens. Lightning director Sara Bayman said the club would "
                     "only agree if the Vixens paid a compensation fee.")
    assert any(c.counterpart == "melbourne-vixens" and "compensation fee" in c.what
               for c in facts.demands)


def test_what_a_side_asked_what_it_gives_will_share_is_given():
    facts = facts_of(
        "Malawi's Minister of Agriculture, Sam Kawale, spoke to Zodiak Radio.\n\n"
        "ZODIAK: What is Malawi prepared to give?\n\n"
        "KAWALE: We will pay the transit fees. We will also share our maize seed with "
        "Zambian farmers.")
    assert has(facts.offers, "malawi", "maize seed")
    view = facts_of("The minister said Malawi shared Zambia's goal of cheaper fertiliser.")
    assert view.offers == ()


def test_a_remedy_promised_by_a_party_other_than_those_who_asked_is_an_offer():
    facts = facts_of(
        "A tenants' group has called on the owners of Harbour Court to fix the lifts. "
        "Quayline, which manages the block, said it would hire two more caretakers.")
    assert has(facts.offers, "quayline", "hire two more caretakers")


def test_a_mere_hearing_is_an_offer_only_from_the_party_asked():
    facts = facts_of(
        "Dock workers want Portlane to restore their night allowance, the union said. "
        "The transport minister, Ada Morrow, said she would meet both sides on Friday.")
    assert not any(c.by == "ada-morrow" for c in facts.offers)


def test_people_offered_something_at_a_named_workplace_are_offered_it_by_that_body():
    facts = facts_of(
        "Cleaners at Corvin Logistics' Hull depot have been offered a 4 per cent rise after "
        "the GMB union announced a strike. Kitchen staff at Marlow General Hospital were "
        "offered a £600 bonus last week.")
    assert has(facts.offers, "corvin-logistics", "4 per cent rise")
    assert has(facts.offers, "marlow-general-hospital", "£600 bonus")


def test_people_offered_something_in_a_place_are_offered_it_by_nobody_named():
    facts = facts_of("Residents of Carlisle have been offered free parking permits.")
    assert not any(c.by == "carlisle" for c in facts.offers)


def test_a_remedy_on_a_thing_read_through_a_participle_is_an_offer_but_a_consultation_not():
    facts = facts_of(
        "Parents have asked Kestrel Borough Council to close Dene Road outside the school. "
        "The council said it would install flashing warning lights by May and would consult "
        "parents over the summer.")
    assert has(facts.offers, "kestrel-borough-council", "install flashing warning lights")
    assert not has(facts.offers, "kestrel-borough-council", "consult")


def test_backdating_a_rise_and_cutting_a_speed_asked_about_are_offers_but_cutting_jobs_not():
    facts = facts_of(
        "Unison wants the new grades backdated to April. Marsh Vale NHS Trust said it would "
        "backdate the rise to June. Riders want Kinetic Mobility to make its scooters safer. "
        "Kinetic Mobility said it would cut the top speed of its scooters to 10mph. The GMB "
        "wants Dalby Foods to raise pay. Dalby Foods said it would cut 200 jobs.")
    assert has(facts.offers, "marsh-vale-nhs-trust", "backdate the rise")
    assert has(facts.offers, "kinetic-mobility", "top speed")
    assert not has(facts.offers, "dalby-foods", "jobs")


def test_it_in_what_a_bodys_committee_reports_is_that_body():
    facts = facts_of(
        "Dog walkers have asked Ashby Parish Council to light the path. The council's "
        "amenities committee said it would install two lamps by March. Rowers have asked the "
        "town council to fix the slipway. The town council's leisure board said it would "
        "repair the slipway in June.")
    assert has(facts.offers, "ashby-parish-council", "install two lamps")
    assert has(facts.offers, "town-council", "repair the slipway")


def test_reviewing_an_offer_is_no_offer():
    facts = facts_of(
        "Harrow Bank has asked Delmont Capital to raise its bid. Delmont Capital said it would "
        "review the offer next week.")
    assert not has(facts.offers, "delmont-capital", "review")


def test_a_promise_the_parser_joins_to_a_relative_clause_is_still_joined_to_the_offer():
    facts = facts_of(
        "Cab drivers want Harcombe Airport to scrap its new £8 pick-up charge. The airport's "
        "director, Ann Lyle, said the airport would cut the fee to £5 for drivers who bought "
        "a yearly permit and would open a free waiting area near the terminal.")
    assert has(facts.offers, "harcombe-airport", "open a free waiting area")
    assert not any(c.what.endswith(" and") for c in facts.offers)


def test_money_a_body_says_it_will_put_towards_something_is_offered():
    facts = facts_of(
        "Skaters want a park on the common. Ribble County Council has offered a site by the "
        "library instead and said it would put £80,000 towards the cost.")
    assert has(facts.offers, "ribble-county-council", "£80,000 towards the cost")


def test_it_opening_a_sentence_after_a_body_the_model_took_for_a_person_is_that_body():
    facts = facts_of(
        "Residents want Severn Trent to cover the tanks. Severn Trent said it would spend £4 "
        "million on new covers. It has also offered to pay for air monitors in three gardens.")
    assert has(facts.offers, "severn-trent", "air monitors")


def test_relocating_asked_about_and_a_cut_subscription_are_offers():
    facts = facts_of(
        "Shopkeepers want Cyclo Share to move its bike racks from the square. Its manager said "
        "the company would relocate the racks to Mill Lane. Streamora will cut its student "
        "subscription to £4.99 a month.")
    assert has(facts.offers, "cyclo-share", "relocate the racks")
    assert has(facts.offers, "streamora", "student subscription")


def test_paying_a_share_of_costs_is_a_payment():
    facts = facts_of(
        "Togo has asked Ghana to open the border post at night. Togo would in return pay a "
        "share of the post's running costs, its trade minister said.")
    assert has(facts.offers, "togo", "share of the post's running costs")


def test_a_rise_turned_down_by_people_working_for_a_named_body_was_offered_by_it():
    facts = facts_of(
        "Porters working for Hilbury Foods will strike after rejecting a 3 per cent pay "
        "rise, the GMB union said. Cooks at Bramble Kitchens have rejected a pay offer they "
        "called an insult.")
    assert has(facts.offers, "hilbury-foods", "3 per cent pay rise")
    assert not any(c.by == "bramble-kitchens" for c in facts.offers)


def test_a_promise_not_to_stand_in_a_players_way_is_an_offer():
    facts = facts_of(
        "Winger Sam Ode has asked Harlow Town to let him join Luton. Harlow Town's chairman, "
        "Rob Kay, said the club would not stand in his way.")
    assert any(c.by == "harlow-town" and "not stand in his way" in c.what for c in facts.offers)


def test_tidying_up_joined_to_a_payment_is_more_of_the_offer():
    facts = facts_of(
        "Stallholders want Hollin Brewery to let them use its car park. The Hollin Market "
        "Group says it would pay £80 a month towards insurance and would clear up after "
        "every market.")
    assert has(facts.offers, "hollin-market-group", "clear up after every market")


def test_she_in_what_her_coach_reports_is_the_athlete_not_the_coach():
    facts = facts_of(
        "Sprinter Nia Cole has asked British Athletics to pick her for the European "
        "championships. Her coach, Martin Dale, said she would share her training data with "
        "the federation's doctors.")
    assert has(facts.offers, "nia-cole", "training data")
    assert not any(c.by == "martin-dale" for c in facts.offers)


def test_what_a_body_supplies_in_a_relative_clause_is_no_offer():
    facts = facts_of(
        "Drivers at Hallam Freight want a night premium of £2 an hour. Hallam Freight, which "
        "supplies supermarkets across the Midlands, has offered to raise the premium to £1.20 "
        "an hour and said it would move 30 agency drivers onto permanent contracts.")
    assert not has(facts.offers, "hallam-freight", "supermarkets")
    assert has(facts.offers, "hallam-freight", "raise the premium")
    assert has(facts.offers, "hallam-freight", "move 30 agency drivers")


def test_a_councillor_so_titled_acts_for_the_council_unless_asking_it():
    facts = facts_of(
        "Members of Elton Tennis Club have asked Ribble Valley Borough Council to keep their "
        "courts. Its leisure lead, Councillor Peter Dyson, said the council would look again "
        "at the plans, but wanted the club to raise £5,000 for new nets. Councillor Ann Bell "
        "said the council should give the club a year's grace.")
    assert has(facts.demands, "elton-tennis-club", "keep their courts")
    assert has(facts.demands, "ribble-valley-borough-council", "raise £5,000")
    assert has(facts.demands, "ann-bell", "year's grace")


def test_a_listed_answer_may_say_more_of_its_thing_in_a_clause_but_not_go_on_to_an_act():
    facts = facts_of("The following is a transcript of an interview with Peruvian Energy Minister "
                     "Rosa Mendoza.\n\n"
                     "Q: What do you want from Chile?\n\n"
                     "MENDOZA: A share of the lithium royalties. And a guarantee that Chilean "
                     "buyers will take our power for ten years. We will keep talking.")
    assert has(facts.demands, "peru", "guarantee that Chilean buyers will take our power")
    assert not has(facts.demands, "peru", "keep talking")


def test_a_plural_noun_opening_a_sentence_taken_for_a_name_is_still_a_party():
    facts = facts_of("Pensioners have asked Westmorland and Furness Council to put back the bus "
                     "shelter on Market Street.")
    assert has(facts.demands, "pensioners", "put back the bus shelter")


def test_it_in_what_a_person_reports_is_the_body_the_sentence_before_was_about():
    facts = facts_of(
        "Pensioners want Ribble Borough Council to replace the bus shelter. The council said "
        "the old shelter was beyond repair. Highways officer Sarah Quinn said it would install "
        "a temporary shelter within a month.")
    assert has(facts.offers, "ribble-borough-council", "temporary shelter")


def test_asking_questions_is_no_demand():
    facts = facts_of("\"I ask half the questions and get half the laughs,\" said quiz host Mel "
                     "Okoro.")
    assert facts.demands == ()


def test_the_body_called_by_a_word_of_its_name_and_a_header_asking_what_was_offered():
    facts = facts_of(
        "The Parking on Private Land Appeals service has told ParkPal to refund 4,000 drivers. "
        "The appeals service said ParkPal must cancel all outstanding fines.\n\n"
        "What has Peru offered?\n\n"
        "Officials have said Peru could open the customs post until midnight from September.")
    assert has(facts.demands, "parking-on-private-land-appeals", "cancel all outstanding fines")
    assert has(facts.offers, "peru", "open the customs post")


def test_a_promise_the_parser_joins_to_an_adverbial_clause_keeps_its_maker():
    facts = facts_of(
        "Volunteers want Network Rail to let their orchard stay. The Hebden Orchard Group "
        "says it would prune the trees every winter so no branch came near the track, and "
        "would pay for an annual safety inspection.")
    assert has(facts.offers, "hebden-orchard-group", "annual safety inspection")


def test_a_hearing_promised_by_a_party_already_offering_is_more_of_its_offer():
    facts = facts_of(
        "Porters at Carden Hotels have been offered a 5 per cent pay rise. The Unite union "
        "wants a 9 per cent rise. Carden Hotels said it would review shift patterns with the "
        "union in September.")
    assert has(facts.offers, "carden-hotels", "review shift patterns")


def test_she_in_what_she_says_opening_a_sentence_is_the_person_before():
    facts = facts_of(
        "England table tennis player Funke Okafor has asked Table Tennis England to release "
        "her so she can represent Nigeria.\n\nOkafor, 24, who was coached by Mary Lee as a "
        "junior, has not been picked for England since 2027. She said she would play in the "
        "English national league if released.")
    assert has(facts.offers, "funke-okafor", "English national league")


def test_swimmers_and_crew_who_ask_are_parties_and_an_allowance_is_paid():
    facts = facts_of(
        "Wild swimmers have asked Anglian Water to open Rutland Water on summer mornings. "
        "Cabin crew at airline Skyline have demanded rest bunks on long flights. Skyline said "
        "it would pay the night allowance from October.")
    assert has(facts.demands, "wild-swimmers", "open Rutland Water")
    assert any(c.by.endswith("crew") and "rest bunks" in c.what for c in facts.demands)
    assert has(facts.offers, "skyline", "night allowance")


def test_her_lawyers_after_a_quote_she_gave_act_for_the_woman_the_sentence_before_was_about():
    facts = facts_of(
        "TV presenter Amber Cole wants celebrity magazine Glow to donate £100,000 to charity.\n\n"
        "Amber, 36, who married footballer Jordan Price last month, says a guest sold the "
        "pictures. \"That was the happiest day of my life,\" she told ITV.\n\n"
        "Her lawyers want Glow to pull the issue from shops.")
    assert has(facts.demands, "amber-cole", "pull the issue from shops")
    assert not any(c.by == "jordan-price" for c in facts.demands)
