// Names found from their own shape, with no pattern around them: Latin runs that start
// with a first name, end with an Asian family name or stand before "(born"; runs ending
// with an organisation suffix; Han names a document repeats before verbs only people do.
// And the traps: months and products that look like names, a stem that also stands alone,
// generic Han words that start with a family-name character. Sentences written for these tests.
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using namespace kg;
using namespace kg::test;

TEST_CASE("en: a capitalised run starting with a first name is a person") {
  const auto g = build("Accounts payable is dull, which is precisely why Priya Raman thinks it is a big opportunity.");
  CHECK(type_of(g, "Priya Raman") == "Person");
}

TEST_CASE("en: accented first names and family names count, with or without the accent") {
  const auto g = build("The paper was written by Élodie Marchand, Lukáš Brandt and Ayse Vinterberg in Lyon.");
  CHECK(type_of(g, "Élodie Marchand") == "Person");  // listed with its accent
  CHECK(type_of(g, "Lukáš Brandt") == "Person");     // listed as Lukas
  CHECK(type_of(g, "Ayse Vinterberg") == "Person");  // listed as Ayşe
}

TEST_CASE("en: an Asian family name after any first name makes a person") {
  const auto g = build("The trio met at a hackathon, where Wen Li and Minjoon Kim built the first prototype.");
  CHECK(type_of(g, "Wen Li") == "Person");
  CHECK(type_of(g, "Minjoon Kim") == "Person");
}

TEST_CASE("en: an encyclopedia subject before (born ...) is a person, and the family name joins it") {
  const auto g = build(
      "Heloise Margarethe Vandersloot (born 14 March 1981) is a computer scientist. Vandersloot grew up in Hamburg.");
  REQUIRE(entity(g, "Heloise Margarethe Vandersloot"));
  CHECK(type_of(g, "Heloise Margarethe Vandersloot") == "Person");
  REQUIRE(entity(g, "Vandersloot"));
  CHECK(*entity(g, "Vandersloot") == *entity(g, "Heloise Margarethe Vandersloot"));
}

TEST_CASE("en: capitalised words ending with an organisation suffix are an organisation") {
  const auto g = build("She is an angel investor in several companies, including Ferroloop Robotics.");
  CHECK(type_of(g, "Ferroloop Robotics") == "Organization");
}

TEST_CASE("en trap: a stem that also stands alone is left to the patterns") {
  // "Equinor" is the parent here, not a short form of "Equinor Ventures".
  const auto g = build(
      "Corbel, which is backed by Equinor Ventures, was started by Erik Solberg, a former executive at Equinor.");
  REQUIRE(entity(g, "Equinor"));
  REQUIRE(entity(g, "Equinor Ventures"));
  CHECK(*entity(g, "Equinor") != *entity(g, "Equinor Ventures"));
}

TEST_CASE("en traps: months, words and acronyms are no first names") {
  const auto g = build("In May Quarterly Results were strong. The IBM Watson Health unit and Grace Notes grew.");
  CHECK_FALSE(entity(g, "May Quarterly Results"));
  CHECK_FALSE(entity(g, "Grace Notes"));
  CHECK(typed_relations(g) == 0);
}

TEST_CASE("en trap: a possessive is not part of a discovered name") {
  const auto g = build("Fernhill's flagship product, called Fernhill Close, plugs into existing systems.");
  CHECK_FALSE(entity(g, "Fernhill's"));
}

TEST_CASE("zh: a Han name repeated before a person's verb is a person") {
  const auto g = build(
      "顾承泽\n顾承泽，1979年出生于浙江省宁波市。2001年，顾承泽考入斯坦福大学。2006年，顾承泽回到杭州。");
  CHECK(type_of(g, "顾承泽") == "Person");
  CHECK(has(g, "顾承泽", "studiesAt", "Stanford University"));
}

TEST_CASE("zh: the name stops before a word that follows names") {
  const auto g = build("王元近日宣布离职。去年，王元表示公司将继续扩张。");
  CHECK(type_of(g, "王元") == "Person");
  CHECK_FALSE(entity(g, "王元近"));
}

TEST_CASE("zh traps: a name seen once, and generic words that start with a family-name character") {
  const auto g = build("顾承泽表示很高兴。高管表示，公司今年将扩张。高管透露，团队正在招人。");
  CHECK_FALSE(entity(g, "顾承泽"));
  CHECK_FALSE(entity(g, "高管"));
}

TEST_CASE("zh: an English name glued in Chinese text starting with a first name is a person") {
  const auto g = build("另一个是大学室友DavidLiu，现在在深圳做增长。");
  CHECK(type_of(g, "David Liu") == "Person");
  CHECK_FALSE(entity(g, "做增长"));
}

TEST_CASE("en: names joined by an ampersand stay one") {
  const auto g = build("Hollis & Grant, a 300-lawyer firm based in Chicago, signed up in January.");
  CHECK(entity(g, "Hollis & Grant"));
  CHECK_FALSE(entity(g, "Grant"));
}

TEST_CASE("a Han company name with a suffix is found once, at a clause start before a verb of its kind") {
  const auto g = build("今年，山隐互动获得了融资。麦知生物成立于2015年。");
  CHECK(type_of(g, "山隐互动") == "Organization");
  CHECK(type_of(g, "麦知生物") == "Organization");
}
