// English relation patterns, on sentences written for these tests.
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using namespace kg;
using namespace kg::test;

TEST_CASE("en appositions: 'OpenAI CEO Sam Altman' and 'Sam Altman, CEO of OpenAI'") {
  const std::string first = "OpenAI CEO Sam Altman spoke on Monday.";
  const auto g = build(first);
  const auto ceo = relation(g, "Sam Altman", "ceoOf", "OpenAI");
  REQUIRE(ceo);
  CHECK(code_points(first, ceo->evidence.front().begin, ceo->evidence.front().end) == "OpenAI CEO Sam Altman");
  CHECK(has(build("Yesterday Sam Altman, the CEO of OpenAI, spoke."), "Sam Altman", "ceoOf", "OpenAI"));
  CHECK(has(build("Dana Reyes, CEO of Brightloop, spoke."), "Dana Reyes", "ceoOf", "Brightloop"));
}

TEST_CASE("en lists: 'founded by A, B and C' gives three relations") {
  const auto g = build("Brightwave was founded in 2019 by Ann Lee, Bo Chen and Cy Park.");
  for (const char* founder : {"Ann Lee", "Bo Chen", "Cy Park"}) {
    CHECK_MESSAGE(has(g, founder, "founderOf", "Brightwave"), founder);
    CHECK(type_of(g, founder) == "Person");
  }
  CHECK(type_of(g, "Brightwave") == "Organization");
  CHECK(typed_relations(g) == 3);
}

TEST_CASE("en negation: denied, did not, never") {
  const auto g = build("Microsoft did not acquire Anthropic. Google never acquired OpenAI. Apple acquired Brightwave.");
  CHECK_FALSE(has(g, "Microsoft", "acquired", "Anthropic"));
  CHECK_FALSE(has(g, "Google", "acquired", "OpenAI"));
  CHECK(has(g, "Apple", "acquired", "Brightwave"));
}

TEST_CASE("en: symmetric predicates are stored once") {
  const auto g = build("Anthropic's Claude competes with ChatGPT and Gemini. ChatGPT competes with Claude.");
  CHECK(has(g, "Anthropic", "develops", "Claude"));
  CHECK(has(g, "Claude", "competesWith", "ChatGPT"));
  CHECK(has(g, "Claude", "competesWith", "Gemini"));
  CHECK_FALSE(has(g, "ChatGPT", "competesWith", "Claude"));  // the same relation, kept one way
  CHECK(relation(g, "Claude", "competesWith", "ChatGPT")->evidence.size() == 2);
}

TEST_CASE("en pronouns and self-introductions") {
  CHECK(has(build("Sam Altman said he uses Codex every day."), "Sam Altman", "uses", "Codex"));
  const auto g = build("Hi, I'm Dana Reyes. I worked at Anthropic for three years.");
  CHECK(has(g, "Dana Reyes", "worksFor", "Anthropic"));
}

TEST_CASE("en news phrasing: possessive appositions, 'which X bought', 'the maker of'") {
  const auto g = build(
      "Ali Ghodsi, Databricks' chief executive, spoke. Rao previously founded Nervana Systems, which "
      "Intel bought in 2016. Amazon said it would invest up to $4 billion in Anthropic, the maker of Claude.");
  CHECK(has(g, "Ali Ghodsi", "ceoOf", "Databricks"));
  CHECK(has(g, "Intel", "acquired", "Nervana Systems"));
  CHECK(has(g, "Amazon", "investsIn", "Anthropic"));
  CHECK(has(g, "Anthropic", "develops", "Claude"));
}

TEST_CASE("en funding and rivalry told around a possessive round and 'in competition with'") {
  const auto g = build(
      "Anthropic's $48 million Series B round last year was led by Amazon, with participation from Google. "
      "The acquisition puts Databricks in more direct competition with Microsoft and Intel. "
      "Apple's principal competitors include Google and Microsoft. Anthropic is also partnering with Intel.");
  CHECK(has(g, "Amazon", "investsIn", "Anthropic"));
  CHECK(has(g, "Google", "investsIn", "Anthropic"));
  CHECK(has(g, "Databricks", "competesWith", "Microsoft"));
  CHECK(has(g, "Databricks", "competesWith", "Intel"));
  CHECK(has(g, "Apple", "competesWith", "Google"));
  CHECK(has(g, "Anthropic", "partnerOf", "Intel"));
}

TEST_CASE("en former roles: 'previously ... at', 'two former engineers at', 'at the ... company X'") {
  const auto g = build(
      "Tamsin Greaves, previously senior vice president of sales at Microsoft, joined Anthropic. "
      "Devika Rao and Liam Sutcliffe, two former engineers at Intel, started a company. "
      "Jordi Pujadas, a former executive at the Spanish telecommunications company Telefonix, is its chairman.");
  CHECK(has(g, "Tamsin Greaves", "worksFor", "Microsoft"));
  CHECK(has(g, "Devika Rao", "worksFor", "Intel"));
  CHECK(has(g, "Liam Sutcliffe", "worksFor", "Intel"));
  CHECK(has(g, "Jordi Pujadas", "worksFor", "Telefonix"));
}

TEST_CASE("en: relative founders, lists of schools, offices, a rival in apposition, a named launch, units and parents") {
  const auto g = build(
      "Greg Brockman, who co-founded OpenAI in 2015 with Ilya Sutskever, left. "
      "Paul Graham is a graduate of Stanford University and the University of Cambridge. "
      "In 2023 Apple opened an office in San Francisco. Apple's main competitor, Google, fell. "
      "Amazon launched a similar assistant called Sidekick. Microsoft's venture unit Redwood Ventures invested. "
      "Intel's Apple agreed in March 2025 to buy Databricks.");
  CHECK(has(g, "Greg Brockman", "founderOf", "OpenAI"));
  CHECK(has(g, "Ilya Sutskever", "founderOf", "OpenAI"));
  CHECK(has(g, "Paul Graham", "studiesAt", "Stanford University"));
  CHECK(has(g, "Paul Graham", "studiesAt", "University of Cambridge"));
  CHECK(has(g, "Apple", "locatedIn", "San Francisco"));
  CHECK(has(g, "Apple", "competesWith", "Google"));
  CHECK(has(g, "Amazon", "develops", "Sidekick"));
  CHECK(has(g, "Redwood Ventures", "partOf", "Microsoft"));
  CHECK(has(g, "Apple", "partOf", "Intel"));
  CHECK(has(g, "Apple", "acquired", "Databricks"));
}

TEST_CASE("en trap: a wire service's dateline is no subject for 'it'") {
  const auto g = build(
      "DENVER, June 4 (Reuters) - Anthropic, a San Francisco-based company, said on Wednesday it had agreed to "
      "acquire Databricks.");
  CHECK(has(g, "Anthropic", "acquired", "Databricks"));
  CHECK_FALSE(has(g, "Reuters", "acquired", "Databricks"));
}

TEST_CASE("en: built on in a relative clause, a possessive paper with its quoted title, 'has served as X's chief executive'") {
  const auto g = build(
      "Codex, which was based on Anthropic's Claude model, shipped. "
      "Paul Graham's 2019 paper with others, \"Grasping the Unseen\", won. "
      "Sam Altman has served as OpenAI's chief executive since 2019.");
  CHECK(has(g, "Codex", "builtOn", "Claude"));
  CHECK(has(g, "Paul Graham", "authorOf", "Grasping the Unseen"));
  CHECK(type_of(g, "Grasping the Unseen") == "Work");
  CHECK(has(g, "Sam Altman", "ceoOf", "OpenAI"));
}

TEST_CASE("en: products named with 'its X product', a rivalry, an acquisition after a relative clause") {
  const auto g = build(
      "Apple, which has been moving into review with its Diamond product, grew. "
      "Intel is pursuing a broader vision with its Mojo language and MAX platform. "
      "It sharpens Microsoft's rivalry with Amazon in custom chips. "
      "Databricks, which focused on running models efficiently on CPUs, was acquired by Intel.");
  CHECK(has(g, "Apple", "develops", "Diamond"));
  CHECK(has(g, "Intel", "develops", "Mojo"));
  CHECK(has(g, "Intel", "develops", "MAX"));
  CHECK(has(g, "Microsoft", "competesWith", "Amazon"));
  CHECK(has(g, "Intel", "acquired", "Databricks"));
  CHECK_FALSE(entity(g, "CPUs"));
}

TEST_CASE("en: a central product, headquarters that remain somewhere, 'City, Region-based', a creator, users listed, partners and board members in relative clauses") {
  const auto g = build(
      "Anthropic's central product is Ember. Apple's headquarters remain in San Francisco. "
      "Mercury, Texas-based Databricks grew. Chris Lattner, the creator of the Swift programming language, spoke. "
      "Intel and Apple both use Codex. Ravi Menon, who had run laboratory automation at Intel, joined. "
      "Microsoft, which signed a partnership with Apple last year, grew. "
      "Greg Brockman, who now sits on Apple's scientific advisory board, spoke. United States's Amazon grew.");
  CHECK(has(g, "Anthropic", "develops", "Ember"));
  CHECK(has(g, "Apple", "locatedIn", "San Francisco"));
  CHECK(has(g, "Databricks", "locatedIn", "Mercury"));
  CHECK(has(g, "Chris Lattner", "develops", "Swift"));
  CHECK(has(g, "Intel", "uses", "Codex"));
  CHECK(has(g, "Apple", "uses", "Codex"));
  CHECK(has(g, "Ravi Menon", "worksFor", "Intel"));
  CHECK(has(g, "Microsoft", "partnerOf", "Apple"));
  CHECK(has(g, "Greg Brockman", "memberOf", "Apple"));
  CHECK(has(g, "Amazon", "locatedIn", "United States"));
}

TEST_CASE("trap: a colon inside a word cuts no name out of it") {
  const auto g = build("San Francisco's Run:ai was bought by Intel.");
  CHECK_FALSE(entity(g, "Run"));
}

TEST_CASE("en: a Han name after an English title, closed by punctuation") {
  const auto g = build("The venture is run by OpenAI chairman 蒋柏川, who said so.");
  CHECK(has(g, "蒋柏川", "leaderOf", "OpenAI"));
}

TEST_CASE("en: headquarters before the subject, a field that includes rivals, a described acquisition, plain use") {
  const auto g = build(
      "Headquartered in San Francisco, Databricks employs 210 people. Claude enters a crowded field that includes "
      "Gemini and ChatGPT. Intel acquired the Finnish audio middleware company Tinderbox Audio in 2023. "
      "Amazon and Apple use Codex to review code. All of them can use Claude.");
  CHECK(has(g, "Databricks", "locatedIn", "San Francisco"));
  CHECK(has(g, "Claude", "competesWith", "Gemini"));
  CHECK(has(g, "Claude", "competesWith", "ChatGPT"));
  CHECK(has(g, "Intel", "acquired", "Tinderbox Audio"));
  CHECK(has(g, "Amazon", "uses", "Codex"));
  CHECK(has(g, "Apple", "uses", "Codex"));
  CHECK_FALSE(has(g, "Apple", "uses", "Claude"));
}

TEST_CASE("en: rivals with an adverb before 'with'") {
  const auto g = build("Anthropic competes directly with OpenAI. Databricks also competes with Intel.");
  CHECK(has(g, "Anthropic", "competesWith", "OpenAI"));
  CHECK(has(g, "Databricks", "competesWith", "Intel"));
}

TEST_CASE("en: auxiliaries before a verb, descriptors before an object, a product described before 'built on'") {
  const auto g = build(
      "Sam Altman, who had previously worked for Google, left. Paul Graham had studied computer science at Stanford University. "
      "Codex is built on the Gemini data platform. ChatGPT is a tool built on top of Claude. "
      "Greg Brockman, a former Microsoft software engineer, joined. Anthropic has also partnered with the audit firm Halloran Assurance.");
  CHECK(has(g, "Sam Altman", "worksFor", "Google"));
  CHECK(has(g, "Paul Graham", "studiesAt", "Stanford University"));
  CHECK(has(g, "Codex", "builtOn", "Gemini"));
  CHECK(has(g, "ChatGPT", "builtOn", "Claude"));
  CHECK(has(g, "Greg Brockman", "worksFor", "Microsoft"));
  CHECK(has(g, "Anthropic", "partnerOf", "Halloran Assurance"));
}

TEST_CASE("en: a described X-based company; a plain-word gap crosses no name") {
  const auto g = build("Ferncount, a small San Francisco-based startup, raised money. "
                       "It works with the San Francisco-based community energy cooperative Avonlight Energy. "
                       "Rivals include San Francisco-based Brightloop and the Oslo startup Seaborne Logic.");
  CHECK(has(g, "Ferncount", "locatedIn", "San Francisco"));
  CHECK(has(g, "Avonlight Energy", "locatedIn", "San Francisco"));
  CHECK(has(g, "Brightloop", "locatedIn", "San Francisco"));
  CHECK_FALSE(has(g, "Seaborne Logic", "locatedIn", "San Francisco"));
}

TEST_CASE("en: wire stories and earnings calls: a byline, a dateline, analysts with their firm, a closed acquisition") {
  const auto g = build("By Tomas Breyer, Reuters\n\nAUSTIN, Oct 14 (Reuters) - Anthropic, the San Francisco-based maker of Claude, "
                       "said on Tuesday it had agreed to acquire Quillmark Security. Anthropic closed the acquisition of Brindle Underwriting "
                       "on August 4th. Our first question comes from Gregory Tamm with Keefe, Bruyette & Woods.");
  CHECK(has(g, "Tomas Breyer", "worksFor", "Reuters"));
  CHECK(has(g, "Anthropic", "acquired", "Quillmark Security"));
  CHECK_FALSE(has(g, "Reuters", "acquired", "Quillmark Security"));
  CHECK(has(g, "Anthropic", "acquired", "Brindle Underwriting"));
  CHECK(has(g, "Gregory Tamm", "worksFor", "Keefe, Bruyette & Woods"));
}

TEST_CASE("en: a platform called X, a firm now owned by Y, 'also a graduate', studying after 'before', a startup in a city, 'came to us from'") {
  const auto g = build("OpenAI sells a platform called OpenAI Sentinel to banks. Mandiant, the incident-response firm now owned by Google, "
                       "said no. Greg Brockman, also a Stanford graduate, said no. Sam Altman served in the army before studying computer "
                       "science at Stanford University. Odometry Labs, a telematics startup in San Francisco, said no. Rafael Ortiz came to "
                       "us from Google.");
  CHECK(has(g, "OpenAI", "develops", "OpenAI Sentinel"));
  CHECK(has(g, "Mandiant", "partOf", "Google"));
  CHECK(has(g, "Greg Brockman", "studiesAt", "Stanford University"));
  CHECK(has(g, "Sam Altman", "studiesAt", "Stanford University"));
  CHECK(has(g, "Odometry Labs", "locatedIn", "San Francisco"));
  CHECK(has(g, "Rafael Ortiz", "worksFor", "Google"));
}

TEST_CASE("en: 'its CTO' after a name, 'previously X's COO', trustees, moving to work at, whose product, published by") {
  const auto g = build("Anthropic was founded by Sam Altman, its chief executive, and Greg Brockman, its CTO. "
                       "Ilya Sutskever, previously OpenAI's chief operating officer, joined Google. "
                       "Paul Graham has been a trustee of the Open Emissions Foundation since 2020. "
                       "In 2011 Sam Altman moved to San Francisco to work at Microsoft. "
                       "Intel, whose Einstein product competes with Codex, said no.");
  CHECK(has(g, "Sam Altman", "ceoOf", "Anthropic"));
  CHECK(has(g, "Greg Brockman", "ctoOf", "Anthropic"));
  CHECK_FALSE(has(g, "Greg Brockman", "ceoOf", "Anthropic"));
  CHECK(has(g, "Ilya Sutskever", "worksFor", "OpenAI"));
  CHECK(has(g, "Paul Graham", "memberOf", "Open Emissions Foundation"));
  CHECK(has(g, "Sam Altman", "worksFor", "Microsoft"));
  CHECK(has(g, "Intel", "develops", "Einstein"));
  CHECK(has(g, "Einstein", "competesWith", "Codex"));
}

TEST_CASE("en: encyclopedia phrasings: founders with professions, 'is a X-based', a majority stake, a subsidiary opened, 'A of B'") {
  const auto g = build("OpenAI was established by architect Sam Altman and structural engineer Greg Brockman, who had worked together. "
                       "The Ostrand Fabrication Lab (OFL) is a San Francisco-based research laboratory. "
                       "Google, headquartered in San Francisco, acquired a majority stake in Anthropic in 2019. "
                       "OpenAI's best-known system is Codex. Paul Graham of Stanford University spoke. "
                       "In 2023 Microsoft opened a German subsidiary, Microsoft Robotics GmbH, in Munich. Shares of Intel fell.");
  CHECK(has(g, "Sam Altman", "founderOf", "OpenAI"));
  CHECK(has(g, "Greg Brockman", "founderOf", "OpenAI"));
  CHECK(has(g, "Ostrand Fabrication Lab", "locatedIn", "San Francisco"));
  CHECK(has(g, "Google", "locatedIn", "San Francisco"));
  CHECK(has(g, "Google", "acquired", "Anthropic"));
  CHECK(has(g, "OpenAI", "develops", "Codex"));
  CHECK(has(g, "Paul Graham", "worksFor", "Stanford University"));
  CHECK(has(g, "Microsoft Robotics GmbH", "partOf", "Microsoft"));
  CHECK_FALSE(entity(g, "Shares"));
}

TEST_CASE("en: a profile's phrasings: 'the company X founded', 'is the author of' a title with small words, a possessive round") {
  const auto g = build("OpenAI, the company Sam Altman founded in 2020 and still runs, said no. "
                       "Greg Brockman is also the author of Counting the Invisible, a memoir. "
                       "OpenAI's Series B, closed in the spring, was led by Greyhound Ventures, with participation from "
                       "existing investor Cascadia Angels and Jonah Mbeki-Lund.");
  CHECK(has(g, "Sam Altman", "founderOf", "OpenAI"));
  CHECK(has(g, "Greg Brockman", "authorOf", "Counting the Invisible"));
  CHECK(has(g, "Greyhound Ventures", "investsIn", "OpenAI"));
  CHECK(has(g, "Cascadia Angels", "investsIn", "OpenAI"));
  CHECK(has(g, "Jonah Mbeki-Lund", "investsIn", "OpenAI"));
}

TEST_CASE("en: investors who join the main company's round; a title before a later founder in a list") {
  const auto g = build("Halcyra is a radar company. Halcyra raised $60 million in a Series B round led by Sequoia Capital. "
                       "Andreessen Horowitz and Lockheed Martin Ventures also joined the round, along with existing investors "
                       "Foundry Group and Ridgeline Ventures. Halcyra was founded in 2020 by chief executive Mara Lindqvist "
                       "and chief technology officer Tomasz Wierzbicki. After MIT, Lindqvist joined Google DeepMind in London.");
  CHECK(has(g, "Andreessen Horowitz", "investsIn", "Halcyra"));
  CHECK(has(g, "Lockheed Martin Ventures", "investsIn", "Halcyra"));
  CHECK(has(g, "Foundry Group", "investsIn", "Halcyra"));
  CHECK(has(g, "Ridgeline Ventures", "investsIn", "Halcyra"));
  CHECK(has(g, "Tomasz Wierzbicki", "founderOf", "Halcyra"));
  CHECK_FALSE(has(g, "Mara Lindqvist", "investsIn", "Halcyra"));
}

TEST_CASE("en: rivals described 'as' A and B, or named before 'are X's competitors'; a product 'developed by' its maker in an apposition") {
  const auto g = build("Ferreira describes Apple's most direct rivals as Databricks and Intel. Whitlock said that OpenAI and "
                       "Anthropic are Google's most direct competitors. Lumen is built on top of Codex, the open-source "
                       "framework developed by Microsoft.");
  CHECK(has(g, "Apple", "competesWith", "Databricks"));
  CHECK(has(g, "Apple", "competesWith", "Intel"));
  CHECK(has(g, "Google", "competesWith", "OpenAI"));
  CHECK(has(g, "Google", "competesWith", "Anthropic"));
  CHECK(has(g, "Microsoft", "develops", "Codex"));
}

TEST_CASE("en: an investor a clause opens with leads a round of the main company; a work set off by commas is published by") {
  const auto g = build("Reloom is a resale company. Reloom sells clothes. Reloom is based in Brooklyn. Index Ventures led a $65 "
                       "million Series B two years later. Brightwater Partners, a growth fund based in Chicago, headed a $140 "
                       "million Series C in 2023. Sam Altman's book, \"Second Skin\", was published by Portfolio in September.");
  CHECK(has(g, "Index Ventures", "investsIn", "Reloom"));
  CHECK(has(g, "Brightwater Partners", "investsIn", "Reloom"));
  CHECK(has(g, "Sam Altman", "authorOf", "Second Skin"));
  CHECK(has(g, "Portfolio", "publisherOf", "Second Skin"));
}

TEST_CASE("en: makers before their products with a describing word, a description, or whose") {
  const auto g = build("Google's open-weight Gemma model is popular. Anthropic, the San Francisco-based maker of the Claude "
                       "chatbot, said so. Intel, whose Gaudi accelerators sell well, agreed.");
  CHECK(has(g, "Google", "develops", "Gemma"));
  CHECK(has(g, "Anthropic", "develops", "Claude"));
  CHECK(has(g, "Intel", "develops", "Gaudi"));
}

TEST_CASE("en: a product set off by a comma and then 'is used by' its user") {
  const auto g = build("Its software, Codex, is used by the Swedish utility Vattenfall.");
  CHECK(has(g, "Vattenfall", "uses", "Codex"));
}

TEST_CASE("en: rivals after 'competes with ... including' and 'also faces'") {
  const auto g = build("Databricks is a company. Databricks competes with cloud data vendors including Intel and Apple. "
                       "In the warehouse market it also faces Amazon.");
  CHECK(has(g, "Databricks", "competesWith", "Intel"));
  CHECK(has(g, "Databricks", "competesWith", "Apple"));
  CHECK(has(g, "Databricks", "competesWith", "Amazon"));
}

TEST_CASE("en: company nouns before bare names, owners described as investors, and a bought company after its description") {
  const auto g = build(
      "Kestrel Lifts, the Dutch lift maker owned by private equity firms Harrow Partners and Quenby, said on Monday "
      "it had agreed to buy Italian rival Brunelli Ascensori. Intel bought Chilean copper developer Andes Cobre.");
  CHECK(type_of(g, "Brunelli Ascensori") == "Organization");
  CHECK(has(g, "Harrow Partners", "investsIn", "Kestrel Lifts"));
  CHECK(has(g, "Quenby", "investsIn", "Kestrel Lifts"));
  CHECK(has(g, "Kestrel Lifts", "acquired", "Brunelli Ascensori"));
  CHECK(has(g, "Intel", "acquired", "Andes Cobre"));
}

TEST_CASE("en trap: a gap before the bought company ends with a company noun, not 'by' or 'from'") {
  const auto g = build("Reports said Intel had agreed to buy power from Apple. Databricks, a data company, was acquired by Intel.");
  CHECK_FALSE(has(g, "Intel", "acquired", "Apple"));
  CHECK_FALSE(has(g, "Databricks", "acquired", "Intel"));
}

TEST_CASE("en: who heads, comes to us from, a brand under its owner, a product which runs on, an organisation of a place") {
  const auto g = build(
      "Hannah Voss comes to us from Intel, where she led the digital team. You have Claude under Anthropic. "
      "The Tidewright app, which we rebuilt on Gemini last year, works. \"Good,\" said Markus Lindqvist, who heads "
      "Databricks in Europe. Rivals include Apple of San Francisco, and others.");
  CHECK(has(g, "Hannah Voss", "worksFor", "Intel"));
  CHECK(has(g, "Tidewright", "builtOn", "Gemini"));
  CHECK(has(g, "Markus Lindqvist", "leaderOf", "Databricks"));
  CHECK(has(g, "Apple", "locatedIn", "San Francisco"));
}

TEST_CASE("en trap: a reporter's dateline is no place of residence") {
  const auto g = build("Intel agreed the deal. (Reporting by Anna Keller in San Francisco; Editing by Tom Hogue)");
  CHECK_FALSE(has(g, "Anna Keller", "locatedIn", "San Francisco"));
}

TEST_CASE("en: works with a year and a maker, partners of, run by, and names holding a known place") {
  const auto g = build(
      "The festival opened with The Salt Road (2015), directed by Aisha Karimi, which won. It closed with Low Tide Hymns "
      "(2021), a documentary by San Francisco filmmaker Callum Reid. The University of Tasmania is an academic partner "
      "of the Derwent Film Festival. Derwent Pitch is run by producer Hemi Walker. She studied at San Francisco Academy.");
  CHECK(has(g, "Aisha Karimi", "authorOf", "The Salt Road"));
  CHECK(has(g, "Callum Reid", "authorOf", "Low Tide Hymns"));
  CHECK(has(g, "Callum Reid", "locatedIn", "San Francisco"));
  CHECK(has(g, "University of Tasmania", "partnerOf", "Derwent Film Festival"));
  CHECK(has(g, "Hemi Walker", "leaderOf", "Derwent Pitch"));
  CHECK(type_of(g, "San Francisco Academy") == "Organization");
}

TEST_CASE("en trap: a name with 'of' that goes on with 'and' is not cut there") {
  const auto g = build("The Museum of Old and New Art opened in 2011.");
  CHECK_FALSE(entity(g, "Museum of Old"));
}

TEST_CASE("en: a founder's relative, whose founder, a maker's kind and product, a unit operating as a division, a head of, a plant opened in") {
  const auto g = build(
      "Maren Holloway is a brewer. She started Hollow Pine Brewing in 2014 with her older brother, Caleb Holloway. "
      "Orchard Gap Cider, a small cidery in San Francisco whose founder, Nell Burris, was ready to retire, sold. "
      "Hollow Pine Brewing's hazy IPA, Fog Cathedral, sells well. Orchard Gap Cider now operates as Hollow Pine Brewing's cider division. "
      "Hollow Pine Brewing's head of brewing operations, Marcus Oyelaran, agreed. "
      "Intel, which had just opened its new factory in San Francisco, agreed too.");
  CHECK(has(g, "Caleb Holloway", "founderOf", "Hollow Pine Brewing"));
  CHECK(has(g, "Nell Burris", "founderOf", "Orchard Gap Cider"));
  CHECK(has(g, "Hollow Pine Brewing", "develops", "Fog Cathedral"));
  CHECK(has(g, "Orchard Gap Cider", "partOf", "Hollow Pine Brewing"));
  CHECK(has(g, "Marcus Oyelaran", "worksFor", "Hollow Pine Brewing"));
  CHECK(has(g, "Intel", "locatedIn", "San Francisco"));
}

TEST_CASE("en: products described as running on or built on, a company that another acquired, a partnership one has, a person at an organisation") {
  const auto g = build(
      "Corvane Clinic, a web dashboard that runs on Claude, is new. Corvane Connect, a patient app built on "
      "Gemini, is old. Lumenfold, a small firm in San Francisco, that Intel acquired last year, grew. "
      "Intel also has an integration partnership with Apple. Elaine Whitford, a heart-failure cardiologist at Stanford, agreed.");
  CHECK(has(g, "Corvane Clinic", "builtOn", "Claude"));
  CHECK(has(g, "Corvane Connect", "builtOn", "Gemini"));
  CHECK(has(g, "Intel", "acquired", "Lumenfold"));
  CHECK(has(g, "Intel", "partnerOf", "Apple"));
  CHECK(has(g, "Elaine Whitford", "worksFor", "Stanford University"));
}

TEST_CASE("en: a person set off with a place and a trade, competing with a gap, a company that will acquire another") {
  const auto g = build(
      "Henrik Sand, a San Francisco collector, bought one. Péter Varga, a luthier in San Francisco, did not. "
      "Databricks competes every day with Intel and Apple. Under the agreement Databricks will acquire Lumenfold Labs.");
  CHECK(has(g, "Henrik Sand", "locatedIn", "San Francisco"));
  CHECK(has(g, "Péter Varga", "locatedIn", "San Francisco"));
  CHECK(has(g, "Databricks", "competesWith", "Intel"));
  CHECK(has(g, "Databricks", "competesWith", "Apple"));
  CHECK(has(g, "Databricks", "acquired", "Lumenfold Labs"));
}

TEST_CASE("en trap: a plan to acquire is no acquisition") {
  const auto g = build("Databricks plans to acquire Lumenfold Labs next year.");
  CHECK_FALSE(has(g, "Databricks", "acquired", "Lumenfold Labs"));
}

TEST_CASE("en: a parenthesis after a name and a legal form's period do not stop a pattern") {
  const auto g = build("Brindle Games Inc. (commonly Brindle) is a Canadian video game developer based in San Francisco. "
                       "Founded in 2011 by Ada Voss and Tomas Rey, both former employees of Ubisoft, the studio is best known "
                       "for the narrative adventure game Saltmarsh (2014).");
  CHECK(has(g, "Brindle Games Inc", "locatedIn", "San Francisco"));
  CHECK(has(g, "Ada Voss", "founderOf", "Brindle Games Inc"));
  CHECK(has(g, "Tomas Rey", "founderOf", "Brindle Games Inc"));
  REQUIRE(entity(g, "Saltmarsh"));
  CHECK(type_of(g, "Saltmarsh") == "Product");
  // "co-founder" is no legal form "Co".
  const auto title = build("Mustafa Vance, the Anthropic co-founder, spoke in San Francisco.");
  CHECK(has(title, "Mustafa Vance", "founderOf", "Anthropic"));
}

TEST_CASE("en: a company's own post: its product opening a sentence, 'our' round, a headline's verb") {
  const auto g = build("Introducing Brindle Cloud: analytics on your data\n\n"
                       "Brindle is a database company. Brindle is based in San Francisco. Brindle hires engineers.\n"
                       "Brindle Cloud is built on three projects we love: Claude, Tallow Parquet and Tallow Arrow. "
                       "Brindle Cloud runs on Gemini in two regions. "
                       "Brindle is independent, and our Series A, led by Index Ventures with participation from Y Combinator "
                       "and Gradient Ventures, gives us a long runway.");
  CHECK(has(g, "Brindle Cloud", "builtOn", "Claude"));
  CHECK(has(g, "Brindle Cloud", "builtOn", "Tallow Arrow"));
  CHECK(has(g, "Brindle Cloud", "builtOn", "Gemini"));
  CHECK(has(g, "Index Ventures", "investsIn", "Brindle"));
  CHECK(has(g, "Gradient Ventures", "investsIn", "Brindle"));
  CHECK_FALSE(entity(g, "Introducing Brindle Cloud"));
}

TEST_CASE("en: a wire story's appointment, the co-founder replaced, a classmate, a unit owned by another") {
  const auto g = build("Brindle Inc, a Seattle-based startup, has agreed to buy Polaris Ground Systems and will name former "
                       "Google executive Dana Whitfield as its chief executive, three people said. Brindle Inc hires engineers. "
                       "Brindle Inc is based in San Francisco. Whitfield will replace co-founder Rajiv Menon as CEO. "
                       "Menon started the company in 2019 with Stanford classmate Mei Lin. "
                       "Polaris counts Anthropic's Tallow Labs and OpenAI among its customers.");
  CHECK(has(g, "Dana Whitfield", "ceoOf", "Brindle Inc"));
  CHECK(has(g, "Rajiv Menon", "founderOf", "Brindle Inc"));
  CHECK(has(g, "Rajiv Menon", "ceoOf", "Brindle Inc"));
  CHECK(has(g, "Mei Lin", "studiesAt", "Stanford University"));
  CHECK(has(g, "Tallow Labs", "partOf", "Anthropic"));
}

TEST_CASE("en: founders and boards, offices held then or now, a unit named by its place, partners among many") {
  const auto g = build("Mati Vance, who co-founded Tallow Labs, spoke next. Brindle was founded in San Francisco in 2019 by Ada Voss "
                       "and Kofi Mensah. Mensah, now Brindle's CTO, joined. Greg Brockman, then Intel's chief executive, agreed. "
                       "Ada Voss sits on the boards of Tallow Labs and the Mozilla Foundation. Brockman stayed at Intel until 2020. "
                       "Brindle is also one of Anthropic's official partners. Both worked at Google San Francisco. Google hires.");
  CHECK(has(g, "Mati Vance", "founderOf", "Tallow Labs"));
  CHECK(has(g, "Kofi Mensah", "founderOf", "Brindle"));
  CHECK(has(g, "Kofi Mensah", "ctoOf", "Brindle"));
  CHECK(has(g, "Greg Brockman", "ceoOf", "Intel"));
  CHECK(has(g, "Ada Voss", "memberOf", "Tallow Labs"));
  CHECK(has(g, "Greg Brockman", "worksFor", "Intel"));
  CHECK(has(g, "Brindle", "partnerOf", "Anthropic"));
  REQUIRE(entity(g, "Google San Francisco"));
  CHECK(has(g, "Google San Francisco", "partOf", "Google"));
}

TEST_CASE("en game studios: best known for, built in an engine, developing using, a satellite studio") {
  const auto g = build(
      "Harbor Owl Games is a Portuguese video game developer based in Porto. Founded in 2015 by Ines Duarte, "
      "the studio is best known for the puzzle game Lumen Drift (2017) and the racing game The Iron Coast (2020). "
      "Its first title, Lumen Drift, was built in the Unity engine. "
      "Harbor Owl later released The Iron Coast, its second game developed with Gemini. "
      "Harbor Owl is currently developing a shooter using Codex. "
      "Harbor Owl employs 80 people across its Porto headquarters and a satellite studio in San Francisco.");
  CHECK(has(g, "Harbor Owl Games", "develops", "Lumen Drift"));
  CHECK(has(g, "Harbor Owl Games", "develops", "The Iron Coast"));  // a capital The mid-sentence opens a title
  CHECK(has(g, "Lumen Drift", "builtOn", "Unity"));
  CHECK(has(g, "The Iron Coast", "builtOn", "Gemini"));
  CHECK(has(g, "Harbor Owl Games", "uses", "Codex"));
  CHECK(has(g, "Harbor Owl Games", "locatedIn", "San Francisco"));
  // Being known for something named is not making it, unless it is a product.
  CHECK_FALSE(has(build("Harbor Owl Games is best known for its ties to OpenAI."), "Harbor Owl Games", "develops", "OpenAI"));
}

TEST_CASE("en: a head word's name goes on with 'for'; a fronted 'At X,' employer; a described book published") {
  auto g = build("In 2018 Dana Reyes founded Harbor Institute for Humane Cities.");
  CHECK(has(g, "Dana Reyes", "founderOf", "Harbor Institute for Humane Cities"));
  CHECK_FALSE(entity(g, "Harbor Institute"));
  g = build("At Google, Dana Reyes ran the data team for three years.");
  CHECK(has(g, "Dana Reyes", "worksFor", "Google"));
  g = build("In 2021 Dana Reyes published Maps for Strangers, part memoir and part essay about cities.");
  CHECK(has(g, "Dana Reyes", "authorOf", "Maps for Strangers"));
  CHECK(type_of(g, "Maps for Strangers") == "Work");
}

TEST_CASE("en: met as colleagues or students, a third co-founder, now part of, its first acquisition, said it had acquired, edits") {
  auto g = build("Dana Reyes and Ann Lee met as researchers at Google. Bo Chen and Tomas Reyes met as graduate students at Stanford University.");
  CHECK(has(g, "Dana Reyes", "worksFor", "Google"));
  CHECK(has(g, "Ann Lee", "worksFor", "Google"));
  CHECK(has(g, "Bo Chen", "studiesAt", "Stanford University"));
  CHECK_FALSE(has(g, "Bo Chen", "worksFor", "Stanford University"));
  g = build("Brightwave Labs makes sensors. Brightwave Labs was founded by Dana Reyes. Brightwave Labs is based in Wuhan. "
            "A third co-founder, Priya Raman, came from Google. Last spring Brightwave Labs made its first acquisition, "
            "buying Stitchback, a small startup. Brightwave Labs said it had acquired Fjordlink Systems. "
            "Databricks, now part of the internet company Amazon, declined to comment. Ann Lee also edits Field Notes, a monthly newsletter.");
  CHECK(has(g, "Priya Raman", "founderOf", "Brightwave Labs"));
  CHECK(has(g, "Brightwave Labs", "acquired", "Stitchback"));
  CHECK(has(g, "Brightwave Labs", "acquired", "Fjordlink Systems"));
  CHECK(has(g, "Databricks", "partOf", "Amazon"));
  CHECK(has(g, "Ann Lee", "editorOf", "Field Notes"));
}

TEST_CASE("en key-people lines: a person, a dash and titles, about the page's company") {
  const auto g = build("Brightwave Labs\nBrightwave Labs makes sensors. Brightwave Labs is based in Wuhan. Brightwave Labs sells them.\n"
                       "Key people\nDana Reyes – chief executive (2022–present)\nAnn Lee – chair of the board\n");
  CHECK(has(g, "Dana Reyes", "ceoOf", "Brightwave Labs"));
  CHECK(has(g, "Ann Lee", "leaderOf", "Brightwave Labs"));
}

TEST_CASE("en: a city and its state before -based; a found name with a suffix after it names another organisation") {
  const auto based = build("Corvana sued Netlist, an Irvine, California-based memory module maker, in March.\n"
                           "Cascade Ridge Bancorp is the Irvine, California-based holding company for Cascade Ridge Bank.");
  CHECK(has(based, "Netlist", "locatedIn", "Irvine"));
  CHECK(has(based, "Cascade Ridge Bancorp", "locatedIn", "Irvine"));
  CHECK_FALSE(has(based, "Netlist", "locatedIn", "California"));
  const auto suffixed = build("Corvana is a chip company. Corvana sells chips. Corvana has raised $140 million from investors "
                              "including Intel, Walden Catalyst Ventures and Foundry Ridge Partners. "
                              "Walden Catalyst was co-founded by Lip-Bu Tan.");
  CHECK(has(suffixed, "Walden Catalyst Ventures", "investsIn", "Corvana"));
  CHECK(has(suffixed, "Foundry Ridge Partners", "investsIn", "Corvana"));
  CHECK(has(suffixed, "Lip-Bu Tan", "founderOf", "Walden Catalyst"));
}

TEST_CASE("en rivals compared with, and competed with after a list with articles; an acronym in parentheses") {
  const auto compared = build("Aurelian is a fusion company. Aurelian builds magnets. Aurelian is often compared with other "
                              "privately funded fusion ventures, including Helion Energy and TAE Technologies.");
  CHECK(has(compared, "Aurelian", "competesWith", "Helion Energy"));
  CHECK(has(compared, "Aurelian", "competesWith", "TAE Technologies"));
  const auto festival = build("The Derwent International Film Festival (DIFF) is an annual film festival. DIFF is regarded as a "
                              "smaller counterpart to the Sydney Film Festival and the Melbourne International Film Festival, "
                              "with which it competes for premieres.");
  CHECK(has(festival, "Derwent International Film Festival", "competesWith", "Sydney Film Festival"));
  CHECK(has(festival, "Derwent International Film Festival", "competesWith", "Melbourne International Film Festival"));
  REQUIRE(entity(festival, "DIFF"));
  CHECK(festival.entity(*entity(festival, "DIFF")).name == "Derwent International Film Festival");
  // Letters that are no initials of the name are no other name of it.
  const auto other = build("The Derwent International Film Festival (DFI) is an annual film festival. DFI grew.");
  CHECK((!entity(other, "DFI") || other.entity(*entity(other, "DFI")).name != "Derwent International Film Festival"));
}

TEST_CASE("en founders after founded in, staying on as a title, places before a kind, fellows, described employers") {
  const auto g = build("Tidewire is a kite company. Tidewire makes boards.\n"
                       "Tidewire, founded in 2012 by former world-tour rider Lucía Ferrer, employs 80 people.\n"
                       "Ferrer will stay on as Tidewire's chief executive.\n"
                       "The buyer was advised by the Wuhan law firm Ortega Sáenz Abogados.\n"
                       "Driftless Labs signed a partnership last spring with Databricks.\n"
                       "Ingrid Solberg, Driftless Labs' co-founder and chief executive, said the pilot went well.\n"
                       "Helena Marsh-Okafor is a British engineer. She was elected a Fellow of the Royal Academy of Engineering in 2018.\n"
                       "Marsh-Okafor joined the engineering consultancy Bellweather & Strand in 2001.\n"
                       "Marsh-Okafor was a non-executive director of Lantern Housing Association.");
  CHECK(has(g, "Lucía Ferrer", "founderOf", "Tidewire"));
  CHECK(has(g, "Lucía Ferrer", "ceoOf", "Tidewire"));
  CHECK(has(g, "Ortega Sáenz Abogados", "locatedIn", "Wuhan"));
  CHECK(has(g, "Driftless Labs", "partnerOf", "Databricks"));
  CHECK(has(g, "Ingrid Solberg", "ceoOf", "Driftless Labs"));
  CHECK_FALSE(entity(g, "Driftless Labs'"));
  CHECK(has(g, "Helena Marsh-Okafor", "memberOf", "Royal Academy of Engineering"));
  CHECK(has(g, "Helena Marsh-Okafor", "worksFor", "Bellweather & Strand"));
  CHECK(has(g, "Helena Marsh-Okafor", "memberOf", "Lantern Housing Association"));
  CHECK_FALSE(has(g, "Helena Marsh-Okafor", "leaderOf", "Lantern Housing Association"));
}
