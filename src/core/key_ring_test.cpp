#include "core/key_ring.hpp"

#include <gtest/gtest.h>

namespace sinergi::core {
namespace {

KeyRing Ring(const std::string& text) {
  auto ring = KeyRing::Parse(text);
  EXPECT_TRUE(ring.ok()) << (ring.ok() ? "" : ring.error().message());
  return std::move(*ring);
}

std::string Line(const std::string& id) {
  return *KeyRing::NewKeyLine(id);
}

TEST(KeyRingTest, SealsAndOpensWithTheActiveKey) {
  KeyRing ring = Ring(Line("k1") + "\n");
  std::string sealed = ring.Seal("Jl. Melati 3, RT 02/RW 05, Desa Sukamaju");
  EXPECT_TRUE(KeyRing::IsSealed(sealed));
  EXPECT_EQ(KeyRing::KeyIdOf(sealed), "k1");
  EXPECT_EQ(sealed.find("Melati"), std::string::npos);
  auto opened = ring.Open(sealed);
  ASSERT_TRUE(opened.ok());
  EXPECT_EQ(*opened, "Jl. Melati 3, RT 02/RW 05, Desa Sukamaju");
}

TEST(KeyRingTest, EverySealUsesAFreshNonce) {
  KeyRing ring = Ring(Line("k1"));
  EXPECT_NE(ring.Seal("same"), ring.Seal("same"));
  auto empty = ring.Open(ring.Seal(""));
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(*empty, "");
}

TEST(KeyRingTest, FirstKeyIsActiveAndOlderKeysStillOpen) {
  std::string old_line = Line("old");
  KeyRing old_ring = Ring(old_line);
  std::string sealed_old = old_ring.Seal("rahasia");
  KeyRing rotated = Ring("# rotated\n" + Line("new") + "\n\n" + old_line + "\n");
  EXPECT_EQ(rotated.active_id(), "new");
  EXPECT_EQ(rotated.ids(), (std::vector<std::string>{"new", "old"}));
  EXPECT_EQ(KeyRing::KeyIdOf(rotated.Seal("x")), "new");
  auto opened = rotated.Open(sealed_old);
  ASSERT_TRUE(opened.ok());
  EXPECT_EQ(*opened, "rahasia");
}

TEST(KeyRingTest, UnknownKeyIdIsUnavailable) {
  KeyRing a = Ring(Line("a"));
  KeyRing b = Ring(Line("b"));
  auto r = b.Open(a.Seal("x"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().reason(), "data_key.unknown");
  EXPECT_EQ(r.error().code(), ErrorCode::kUnavailable);
}

TEST(KeyRingTest, WrongKeyOfTheSameIdOrAlteredValueFailsAuthentication) {
  KeyRing a = Ring(Line("same"));
  KeyRing b = Ring(Line("same"));
  std::string sealed = a.Seal("alamat korban");
  auto wrong = b.Open(sealed);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().reason(), "data_key.corrupt");

  std::string altered = sealed;
  char& c = altered[altered.size() - 5];
  c = c == 'A' ? 'B' : 'A';
  auto bad = a.Open(altered);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().reason(), "data_key.corrupt");

  auto truncated = a.Open("enc:v1:same:AAAA");
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.error().reason(), "data_key.corrupt");
  auto plain = a.Open("Jl. Melati 3");
  ASSERT_FALSE(plain.ok());
  EXPECT_EQ(plain.error().reason(), "data_key.not_sealed");
}

TEST(KeyRingTest, RejectsMalformedRingsWithoutEchoingKeys) {
  std::string good = Line("k1");
  std::string key = good.substr(good.find(' ') + 1);
  for (const std::string& text :
       {std::string(""), std::string("# only a comment\n"), std::string("k1"), "bad id! " + key,
        std::string(33, 'a') + " " + key, "k1 " + key.substr(0, 40), "k1 " + key + "==", good + "\n" + good}) {
    auto r = KeyRing::Parse(text);
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_EQ(r.error().reason(), "data_key.invalid");
    EXPECT_EQ(r.error().message().find(key), std::string::npos);
  }
  auto dup = KeyRing::Parse(good + "\n" + good);
  ASSERT_FALSE(dup.ok());
  EXPECT_NE(dup.error().message().find("line 2"), std::string::npos);
}

TEST(KeyRingTest, NewKeyLinesAreRandomAndParse) {
  auto a = KeyRing::NewKeyLine();
  auto b = KeyRing::NewKeyLine();
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(b.ok());
  EXPECT_NE(*a, *b);
  EXPECT_EQ(a->front(), 'k');
  EXPECT_TRUE(KeyRing::Parse(*a + "\r\n").ok());
  EXPECT_FALSE(KeyRing::NewKeyLine("no spaces").ok());
}

TEST(KeyRingTest, MovedFromRingKeepsWorkingInItsNewHome) {
  KeyRing a = Ring(Line("k1"));
  std::string sealed = a.Seal("x");
  KeyRing b = std::move(a);
  auto opened = b.Open(sealed);
  ASSERT_TRUE(opened.ok());
  EXPECT_EQ(*opened, "x");
}

}  // namespace
}  // namespace sinergi::core
