// The whole pipeline on small invented filings: filer detection and coreference, evidence
// spans into the original bytes, sections, canonical entities, JSON output.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "extract/extraction_json.h"
#include "tests/extract/extract_test_util.h"

namespace corpgraph {
namespace {

using extract_test::Dump;
using extract_test::ExtractSnippet;
using extract_test::FindEdge;
using extract_test::HasEdge;

Extraction ExtractNoFiler(const std::string& text) {
  ExtractOptions options;
  options.document_name = "doc.txt";
  StatusOr<Extraction> x = ExtractDocument(text, options);
  EXPECT_TRUE(x.ok());
  return x.ok() ? std::move(*x) : Extraction{};
}

TEST(PipelineTest, FilerFromIncorporatedUnderTheNameAndItsInitials) {
  Extraction x = ExtractNoFiler(
      "NWC is incorporated under the laws of Delaware under the name Northwind Cloud Corporation. "
      "We compete with Orrin Media Inc. NWC's largest shareholder is Halvorsen Capital Corporation.");
  ASSERT_NE(x.filer, kNoEntity) << Dump(x);
  EXPECT_EQ(x.graph.entity(x.filer)->name, "Northwind Cloud Corporation");
  EXPECT_TRUE(HasEdge(x, "NWC", Relation::kCompetes, "Orrin Media Inc.")) << Dump(x);
}

TEST(PipelineTest, FilerFromWeMeanDefinitionWithSelfPhrases) {
  Extraction x = ExtractNoFiler(
      "When we use the terms \"Larkin,\" \"we,\" \"us\" and \"the firm,\" we mean Larkin Partners Group, Inc. "
      "and its subsidiaries. The firm's principal subsidiary operating in Asia is Larkin Japan Co., Ltd.");
  ASSERT_NE(x.filer, kNoEntity);
  EXPECT_EQ(x.graph.entity(x.filer)->name, "Larkin Partners Group, Inc.");
  EXPECT_TRUE(HasEdge(x, "Larkin", Relation::kOwns, "Larkin Japan Co., Ltd.")) << Dump(x);
}

TEST(PipelineTest, TheCompanyDefinedTermIsTheFiler) {
  Extraction x = ExtractNoFiler(
      "Quarry Robotics Inc. (the \"Company\") designs robots. The Company relies on Tarvos Motors Ltd. for motors.");
  ASSERT_NE(x.filer, kNoEntity);
  EXPECT_EQ(x.graph.entity(x.filer)->name, "Quarry Robotics Inc.");
  EXPECT_TRUE(HasEdge(x, "Tarvos Motors Ltd.", Relation::kSupplies, "Quarry Robotics Inc.")) << Dump(x);
}

TEST(PipelineTest, FirstPersonAndGroupMeanTheFiler) {
  Extraction x = ExtractSnippet(
      "The Zentrix Group relies on Pennant Wireless Inc. for connectivity. The Company also competes with "
      "Orrin Media Inc.");
  EXPECT_TRUE(HasEdge(x, "Pennant Wireless Inc.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kCompetes, "Orrin Media Inc.")) << Dump(x);
}

TEST(PipelineTest, DefinedShortNameUsedLaterIsOneEntity) {
  Extraction x = ExtractSnippet(
      "Norland Telecom Corporation (\xE2\x80\x9CNorland\xE2\x80\x9D) is a carrier. We rely on Norland for backbone.");
  ASSERT_EQ(x.graph.entities().size(), 2u) << Dump(x);
  const Entity& e = x.graph.entities()[1];
  EXPECT_EQ(e.name, "Norland Telecom Corporation");
  EXPECT_EQ(e.aliases, std::vector<std::string>{"Norland"});
  EXPECT_TRUE(HasEdge(x, "Norland Telecom Corporation", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
}

TEST(PipelineTest, EvidenceSpansPointIntoOriginalBytesWithSection) {
  std::string doc =
      "## Item 4. Information\n\n***We depend on a few carriers.***\n\n"
      "Some intro text here.  We rely on Pennant\xC2\xA0Wireless Inc. (\xE2\x80\x9CPennant\xE2\x80\x9D) for *mobile* "
      "access.\n";
  Extraction x = ExtractSnippet(doc);
  const Edge* e = FindEdge(x, "Pennant", Relation::kSupplies, "Zentrix Inc.");
  ASSERT_NE(e, nullptr) << Dump(x);
  const Evidence& ev = e->evidence.at(0);
  EXPECT_EQ(doc.substr(ev.begin, ev.end - ev.begin),
            "We rely on Pennant\xC2\xA0Wireless Inc. (\xE2\x80\x9CPennant\xE2\x80\x9D) for *mobile* access.");
  EXPECT_EQ(ev.sentence, "We rely on Pennant Wireless Inc. (\"Pennant\") for mobile access.");
  EXPECT_EQ(ev.section, "Item 4. Information > We depend on a few carriers.");  // item, then heading
  EXPECT_EQ(ev.document, "snippet.txt");
  EXPECT_FALSE(ev.rule.empty());
  EXPECT_GT(ev.confidence, 0.0);
  EXPECT_LE(ev.confidence, 1.0);
}

TEST(PipelineTest, ListItemsCarryTheirLeadIn) {
  std::string doc =
      "Our principal suppliers include:\n\n- Tarvos Semiconductor Ltd., for memory; and\n"
      "- Kovacs Foundry Co., Ltd., for wafers.\n";
  Extraction x = ExtractSnippet(doc);
  const Edge* e = FindEdge(x, "Kovacs Foundry Co., Ltd.", Relation::kSupplies, "Zentrix Inc.");
  ASSERT_NE(e, nullptr) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Tarvos Semiconductor Ltd.", Relation::kSupplies, "Zentrix Inc.")) << Dump(x);
  const Evidence& ev = e->evidence.at(0);
  EXPECT_EQ(doc.substr(ev.begin, ev.end - ev.begin), "Kovacs Foundry Co., Ltd., for wafers.");
  EXPECT_EQ(ev.sentence, "Our principal suppliers include: Kovacs Foundry Co., Ltd., for wafers.");
}

TEST(PipelineTest, SuffixVariantsAreOneEntityButDifferentSuffixFamiliesAreNot) {
  Extraction x = ExtractSnippet(
      "We compete with Orrin Media Corporation. Orrin Media Corp. is large. Our subsidiaries include "
      "Zentrix Capital, L.P. and Zentrix Capital B.V.");
  EXPECT_EQ(extract_test::CountEdges(x, Relation::kCompetes), 1u) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kOwns, "Zentrix Capital, L.P.")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Zentrix Inc.", Relation::kOwns, "Zentrix Capital B.V.")) << Dump(x);
  EXPECT_EQ(extract_test::CountEdges(x, Relation::kOwns), 2u) << Dump(x);
}

TEST(PipelineTest, JsonHasTheSchemaShape) {
  Extraction x = ExtractSnippet("Halvorsen Capital Corporation owned 34.2% of Zentrix's outstanding shares.");
  nlohmann::json j = nlohmann::json::parse(ExtractionToJson(x, "snippet.txt"));
  EXPECT_EQ(j["filer"], "Zentrix Inc.");
  ASSERT_EQ(j["relations"].size(), 1u);
  const auto& r = j["relations"][0];
  EXPECT_EQ(r["src"], "Halvorsen Capital Corporation");
  EXPECT_EQ(r["rel"], "owns");
  EXPECT_EQ(r["dst"], "Zentrix Inc.");
  EXPECT_DOUBLE_EQ(r["percent"].get<double>(), 34.2);
  EXPECT_TRUE(r.contains("evidence") && r.contains("rule") && r.contains("begin") && r.contains("section"));
  for (const auto& e : j["entities"]) {
    EXPECT_TRUE(e.contains("name") && e.contains("aliases") && e.contains("kind"));
  }
}

TEST(PipelineTest, RefusesOversizeAndBinaryInput) {
  ExtractOptions options;
  options.max_bytes = 10;
  EXPECT_EQ(ExtractDocument("This text is longer than ten bytes.", options).status().code(),
            StatusCode::kResourceExhausted);
  EXPECT_TRUE(ExtractDocument(std::string("a\0b", 3), ExtractOptions{}).status().IsInvalidArgument());
}

}  // namespace
}  // namespace corpgraph

namespace corpgraph {
namespace {

TEST(PipelineTest, FilerFromItsOwnCommonStock) {
  Extraction x = ExtractNoFiler(
      "Holders received 12 million shares of Quillon common stock. We compete with Orrin Media Inc. and "
      "Sable Print Corp. Quillon's common stock trades on an exchange.");
  ASSERT_NE(x.filer, kNoEntity);
  EXPECT_EQ(x.graph.entity(x.filer)->name, "Quillon");
  EXPECT_TRUE(HasEdge(x, "Quillon", Relation::kCompetes, "Sable Print Corp.")) << Dump(x);
}

// An MD&A names the company it acquires more often in full than itself; its income line
// ("net loss attributable to Quillon shareholders") names the one reporting.
TEST(PipelineTest, FilerFromTheIncomeAttributableToIt) {
  std::string doc =
      "Net loss attributable to Quillon shareholders was $1.2 billion.\n"
      "On June 30, 2024, we entered into an agreement to acquire Tarvos Aero Holdings, Inc. (\"Tarvos\"). "
      "Tarvos supplies fuselages. Tarvos failed inspections. The regulator audited Tarvos and Quillon. "
      "Tarvos will be merged into a subsidiary.\n";
  for (int i = 0; i < 20; ++i) doc += "Revenue rose on higher deliveries in the commercial segment.\n";
  Extraction x = ExtractNoFiler(doc);
  ASSERT_NE(x.filer, kNoEntity) << Dump(x);
  EXPECT_EQ(x.graph.entity(x.filer)->name, "Quillon") << Dump(x);
  // Revenue or a business "attributable to" a name is no income of the company.
  Extraction segment = ExtractNoFiler(
      "Sales were primarily attributable to the Compute Networking segment. We sell to Orrin Media Inc.");
  if (segment.filer != kNoEntity) EXPECT_NE(segment.graph.entity(segment.filer)->name, "Compute Networking");
}

// A company written in capitals and called by its defined short name ("GAN") is the one the
// document calls by name most, though its full name appears once.
TEST(PipelineTest, FilerCalledByItsDefinedShortName) {
  std::string doc =
      "Expenses include those of the holding company, QUILLON HOLDINGS, INC. (\u201cQHI\u201d).\n"
      "We hold bonds of the Federal Home Loan Mortgage Corp. (\"Freddie Mac\"). Freddie Mac paid interest. "
      "Freddie Mac bonds matured.\n"
      "QHI paid a dividend. QHI borrowed from its bank. QHI's debt fell. QHI issued notes.\n";
  for (int i = 0; i < 20; ++i) doc += "Premiums rose on higher policy counts in the nonstandard segment.\n";
  Extraction x = ExtractNoFiler(doc);
  ASSERT_NE(x.filer, kNoEntity) << Dump(x);
  EXPECT_EQ(x.graph.entity(x.filer)->name, "QUILLON HOLDINGS, INC.") << Dump(x);
}

}  // namespace
}  // namespace corpgraph

namespace corpgraph {
namespace {

using extract_test::CountEdges;
using extract_test::Dump;
using extract_test::FindEdge;
using extract_test::HasEdge;

std::string ReadReaderFixture(const std::string& name) {
  std::ifstream in(std::string(CORPGRAPH_SOURCE_DIR) + "/tests/data/readers/" + name,
                   std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Extraction ExtractWithFiler(const std::string& bytes, const std::string& filer) {
  ExtractOptions options;
  options.filer = filer;
  options.document_name = "doc";
  StatusOr<Extraction> x = ExtractDocument(bytes, options);
  EXPECT_TRUE(x.ok()) << x.status().ToString();
  return x.ok() ? std::move(*x) : Extraction{};
}

// A stand-alone Exhibit 21 names no company but its subsidiaries; its "SUBSIDIARIES OF X"
// heading names the filer, which owns every row.
TEST(PipelineTest, StandAloneExhibit21HeadingNamesTheFiler) {
  Extraction x = ExtractWithFiler(ReadReaderFixture("zentrix-ex21.htm"), "");
  ASSERT_NE(x.filer, kNoEntity) << Dump(x);
  EXPECT_EQ(x.graph.entity(x.filer)->name, "ZENTRIX HOLDINGS CORP.");
  EXPECT_EQ(CountEdges(x, Relation::kOwns), 5u) << Dump(x);
  const Edge* japan = FindEdge(x, "ZENTRIX HOLDINGS CORP.", Relation::kOwns, "Zentrix Japan K.K.");
  ASSERT_NE(japan, nullptr) << Dump(x);
  EXPECT_EQ(japan->attrs.percent, 80.5);
  EXPECT_TRUE(HasEdge(x, "ZENTRIX HOLDINGS CORP.", Relation::kOwns, "Zentrix Europe B.V."))
      << Dump(x);
  StatusOr<EntityId> europe = x.graph.FindEntity("Zentrix Europe B.V.");
  ASSERT_TRUE(europe.ok());
  EXPECT_EQ(x.graph.entity(*europe)->country, "Netherlands");
  for (const MentionedName& m : x.mentions_only) EXPECT_NE(m.name, "Zentrix Japan K.K.");
}

TEST(PipelineTest, PlainTextSubsidiaryListHeadingNamesTheFiler) {
  Extraction x = ExtractWithFiler(
      "Exhibit 21\n\nList of Subsidiaries of Alpha Group plc:\n\n"
      "Alpha Trading GmbH  Germany  60%\nAlpha Leasing Ltd.  Japan  100%\n",
      "");
  ASSERT_NE(x.filer, kNoEntity) << Dump(x);
  EXPECT_EQ(x.graph.entity(x.filer)->name, "Alpha Group plc");
  const Edge* trading = FindEdge(x, "Alpha Group plc", Relation::kOwns, "Alpha Trading GmbH");
  ASSERT_NE(trading, nullptr) << Dump(x);
  EXPECT_EQ(trading->attrs.percent, 60.0);
  EXPECT_TRUE(HasEdge(x, "Alpha Group plc", Relation::kOwns, "Alpha Leasing Ltd.")) << Dump(x);
}

TEST(PipelineTest, GivenFilerOutranksTheSubsidiaryListHeading) {
  Extraction x = ExtractWithFiler(ReadReaderFixture("zentrix-ex21.htm"), "Orrin Media Inc.");
  ASSERT_NE(x.filer, kNoEntity);
  EXPECT_EQ(x.graph.entity(x.filer)->name, "Orrin Media Inc.");
  EXPECT_TRUE(HasEdge(x, "Orrin Media Inc.", Relation::kOwns, "Zentrix Japan K.K.")) << Dump(x);
}

}  // namespace
}  // namespace corpgraph

namespace corpgraph {
namespace {

using extract_test::Dump;
using extract_test::HasEdge;

// The stock's name is the filer's; a longer name of the same stem written only among other
// companies is a predecessor, not the filer.
TEST(PipelineTest, OwnStockNameIsNotFoldedIntoANameOnlyListedAmongOthers) {
  ExtractOptions options;
  StatusOr<Extraction> x = ExtractDocument(
      "Our history dates back to Orrin Media Inc., Quillon Corporation, Sable Print Corp. and "
      "Tarvos Motors Ltd. Holders received 12 million shares of Quillon common stock. We compete "
      "with Velmora Distribution GmbH.",
      options);
  ASSERT_TRUE(x.ok());
  ASSERT_NE(x->filer, kNoEntity);
  EXPECT_EQ(x->graph.entity(x->filer)->name, "Quillon");
  EXPECT_TRUE(HasEdge(*x, "Quillon", Relation::kCompetes, "Velmora Distribution GmbH")) << Dump(*x);
  bool listed_as_mention = false;
  for (const MentionedName& m : x->mentions_only)
    listed_as_mention |= m.name == "Quillon Corporation";
  EXPECT_TRUE(listed_as_mention);
}

TEST(PipelineTest, OwnStockNameFindsTheFullNameWrittenOnItsOwn) {
  ExtractOptions options;
  StatusOr<Extraction> x = ExtractDocument(
      "Quillon Corporation designs printers. Holders received 12 million shares of Quillon common "
      "stock. We compete with Orrin Media Inc., Sable Print Corp. and Tarvos Motors Ltd.",
      options);
  ASSERT_TRUE(x.ok());
  ASSERT_NE(x->filer, kNoEntity);
  EXPECT_EQ(x->graph.entity(x->filer)->name, "Quillon Corporation");
  EXPECT_TRUE(HasEdge(*x, "Quillon Corporation", Relation::kCompetes, "Sable Print Corp."))
      << Dump(*x);
}

TEST(PipelineTest, OpeningIntroductionNamesTheFilerOverAMoreMentionedParent) {
  Extraction x = ExtractNoFiler(
      "Kessel Mobility Holdings plc (\"Kessel\") is a public limited company incorporated in England and "
      "Wales. Haldor Industrial AG, our parent company, holds 58.7% of our ordinary shares. Haldor "
      "Industrial AG also controls other businesses. We compete with Voltra Charging Ltd.");
  ASSERT_NE(x.filer, kNoEntity);
  EXPECT_EQ(x.graph.entity(x.filer)->name, "Kessel Mobility Holdings plc");
  const Edge* parent = FindEdge(x, "Haldor Industrial AG", Relation::kOwns, "Kessel Mobility Holdings plc");
  ASSERT_NE(parent, nullptr) << Dump(x);
  EXPECT_DOUBLE_EQ(parent->attrs.percent.value_or(0), 58.7);
}

// No sentence says who "we" are: the filer is the company called by its short name all along,
// not one mostly written out in full, nor a person's firm.
TEST(PipelineTest, FilerIsTheCompanyTheTextCallsByItsShortName) {
  Extraction x = ExtractNoFiler(
      "Velora's key strategies that shape our business include the Velora cloud platform. Dana Ruiz "
      "served at Ruiz Partners LLC and at Xantor Holdings, Inc. Xantor Holdings, Inc. and Xantor "
      "Labs, Inc. make chips. Xantor Holdings, Inc. is in Ohio. We compete with Xantor Holdings, Inc. "
      "Velora Cloud serves Velora customers. Dana Ruiz joined Ruiz Partners LLC.");
  ASSERT_NE(x.filer, kNoEntity) << Dump(x);
  EXPECT_EQ(x.graph.entity(x.filer)->name, "Velora");
  EXPECT_TRUE(HasEdge(x, "Velora", Relation::kCompetes, "Xantor Holdings, Inc.")) << Dump(x);
}

// "V&G's results ... our" speaks for The Vantor & Gale Company: initials count for the name.
TEST(PipelineTest, InitialsInThePossessiveCountForTheNameTheyStandFor) {
  std::string text;
  for (int i = 0; i < 4; ++i) text += "V&G's net sales grew in our fiscal year. ";
  text += "The Vantor & Gale Company reports results. The Orrin Company sells razors. Orrin razors sell well. "
          "Orrin blades and Orrin handles sell too. Orrin brands grew. We compete with Quillon Corporation.";
  Extraction x = ExtractNoFiler(text);
  ASSERT_NE(x.filer, kNoEntity) << Dump(x);
  EXPECT_EQ(x.graph.entity(x.filer)->name, "Vantor & Gale Company");
}

// A long text that never says who "we" are and names companies once or twice each: no filer
// rather than a wrong one.
TEST(PipelineTest, NoFilerRatherThanACompanyNamedOnceInALongText) {
  std::string text = "We acquired 1Life Healthcare, Inc. in 2023. ";
  for (int i = 0; i < 30; ++i) text += "Net sales increased " + std::to_string(i) + "% in the period. ";
  Extraction x = ExtractNoFiler(text);
  EXPECT_EQ(x.filer, kNoEntity) << Dump(x);
}

// The Company renamed itself after the subsidiary it acquired: the filer is the new name, and the
// subsidiary bearing it is a company of its own, known by its short name.
TEST(PipelineTest, RenamedFilerAndTheSubsidiaryBearingItsName) {
  Extraction x = ExtractNoFiler(
      "The Company was incorporated as Old Ridge Corp. in British Columbia. We have one wholly owned subsidiary, "
      "Tarn Holdings Inc., a Delaware corporation (\"Tarn USA\"). On October 31, 2018, the Company completed "
      "its business acquisition of Tarn USA and changed its name from Old Ridge Corp. to Tarn Holdings Inc.");
  ASSERT_NE(x.filer, kNoEntity) << Dump(x);
  EXPECT_EQ(x.graph.entity(x.filer)->name, "Tarn Holdings Inc.");
  EXPECT_TRUE(HasEdge(x, "Tarn Holdings Inc.", Relation::kOwns, "Tarn USA")) << Dump(x);
  EXPECT_TRUE(HasEdge(x, "Tarn Holdings Inc.", Relation::kAcquired, "Tarn USA")) << Dump(x);
}

TEST(PipelineTest, AnOpeningIntroductionWithoutASuffixNamesTheFiler) {
  Extraction x = ExtractNoFiler(
      "Medrona is the leading independent dermatology company in the United States. Halvorsen Capital "
      "Corporation and Halvorsen Capital Corporation's affiliates own 12% of Medrona. The Company "
      "relies on Tarvos Motors Ltd. for packaging.");
  ASSERT_NE(x.filer, kNoEntity) << Dump(x);
  EXPECT_EQ(x.graph.entity(x.filer)->name, "Medrona");
  EXPECT_TRUE(HasEdge(x, "Tarvos Motors Ltd.", Relation::kSupplies, "Medrona")) << Dump(x);
}

TEST(PipelineTest, AnIntroductionLaterInTheTextDoesNotOutrankTheCompanyDefinition) {
  Extraction x = ExtractNoFiler(
      "Tarvo Systems Inc. (the \"Company\") makes sensors. Orrin Media Inc. is a corporation incorporated "
      "in Delaware. We compete with Orrin Media Inc.");
  ASSERT_NE(x.filer, kNoEntity);
  EXPECT_EQ(x.graph.entity(x.filer)->name, "Tarvo Systems Inc.");
}

}  // namespace
}  // namespace corpgraph
