#include "extract/document_words.h"

#include <gtest/gtest.h>

#include <string>

namespace corpgraph {
namespace {

TEST(DocumentWordsTest, CountsWholeWordsUpToTheCap) {
  DocumentWords words("Retail sales grew; retail, retailers and e-commerce retail. Inc. and Acme Inc.");
  EXPECT_EQ(words.Uses("retail", 10), 2);  // "Retail" is spelled otherwise, "retailers" is longer
  EXPECT_EQ(words.Uses("retail", 1), 1);
  EXPECT_EQ(words.Uses("Retail", 10), 1);
  EXPECT_EQ(words.Uses("retai", 10), 0);
  EXPECT_EQ(words.Uses("healthcare", 10), 0);
  EXPECT_EQ(words.Uses("", 10), 0);
}

// Words with other bytes than letters and digits are found by a scan; asking again, with a
// larger cap, gives the same answer as a first question would.
TEST(DocumentWordsTest, WordsWithPunctuationAreScannedAndRemembered) {
  DocumentWords words("e-commerce grew. Inc. and Acme Inc. and Beta Inc.");
  EXPECT_EQ(words.Uses("e-commerce", 5), 1);
  EXPECT_EQ(words.Uses("Inc.", 1), 1);
  EXPECT_EQ(words.Uses("Inc.", 5), 3);
  EXPECT_EQ(words.Uses("Inc.", 2), 2);
  EXPECT_EQ(words.Uses("commerce", 5), 1);  // "e-commerce" holds it as a whole word
}

// A brand written in lower case in an address ("www.zentrix.com") is no ordinary word.
TEST(DocumentWordsTest, WordsOfAddressesAreNotCounted) {
  DocumentWords words("See www.zentrix.com, ir@zentrix.com or zentrix.com/about for data. Data and more data.");
  EXPECT_EQ(words.Uses("zentrix", 10), 0);
  EXPECT_EQ(words.Uses("www", 10), 0);
  EXPECT_EQ(words.Uses("data", 10), 2);
  EXPECT_EQ(words.Uses("more", 10), 1);
}

}  // namespace
}  // namespace corpgraph
