#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kg/text/source_error.hpp"
#include "xml_reader.hpp"

using kg::ErrorKind;
using kg::SourceError;
using kg::io::detail::XmlReader;

namespace {

// The events of `xml` as text: "<name a=v>", "</name>", "'text'".
std::vector<std::string> events(const std::string& xml) {
  XmlReader reader(xml, "test.xml");
  std::vector<std::string> out;
  for (auto event = reader.next(); event != XmlReader::Event::End; event = reader.next()) {
    if (event == XmlReader::Event::StartElement) {
      // Built by appending the views: g++ 12 warns falsely (-Wrestrict) on "literal" + std::string.
      std::string tag = std::string("<").append(reader.name());
      for (const char* attr : {"id", "v"})
        if (const auto value = reader.attribute(attr)) tag.append(" ").append(attr).append("=").append(*value);
      out.push_back(tag.append(">"));
    } else if (event == XmlReader::Event::EndElement) {
      out.push_back(std::string("</").append(reader.name()).append(">"));
    } else {
      out.push_back(std::string("'").append(reader.text()).append("'"));
    }
  }
  return out;
}

// The error for `xml`, as "LINE:COLUMN problem".
std::string error(const std::string& xml) {
  try {
    events(xml);
  } catch (const SourceError& e) {
    CHECK(e.kind() == ErrorKind::Input);
    CHECK(e.file() == "test.xml");
    return std::to_string(e.where().line) + ":" + std::to_string(e.where().column) + " " + e.problem();
  }
  return "no error";
}

using Events = std::vector<std::string>;

}  // namespace

TEST_CASE("elements, attributes and text, with prefixes dropped") {
  CHECK(events("<a id='1'><b v=\"x\"/>hi<g:c>t</g:c></a>") ==
        Events{"<a id=1>", "<b v=x>", "</b>", "'hi'", "<c>", "'t'", "</c>", "</a>"});
}

TEST_CASE("entities, character references, CDATA, comments and processing instructions") {
  CHECK(events("<?xml version='1.0'?><!-- c --><a>&lt;&gt;&amp;&quot;&apos;&#65;&#x4E2D;"
                "<![CDATA[<&]]>]]<?pi x?>z<!-- in -->!</a>") ==
        Events{"<a>", "'<>&\"'A中<&]]z!'", "</a>"});
  CHECK(events("<a v='&#9;&#10;&#13;'/>") == Events{"<a v=\t\n\r>", "</a>"});
}

TEST_CASE("line ends and attribute whitespace are normalised as XML requires") {
  CHECK(events("<a v='x\ny\tz'>1\r\n2\r3</a>") == Events{"<a v=x y z>", "'1\n2\n3'", "</a>"});
}

TEST_CASE("a byte order mark and a DOCTYPE with an internal subset are skipped") {
  CHECK(events("\xEF\xBB\xBF<!DOCTYPE a [<!ELEMENT a (#PCDATA)> <!-- ] > -->]>\n<a>x</a>") ==
        Events{"<a>", "'x'", "</a>"});
}

TEST_CASE("malformed XML is refused with its position") {
  CHECK(error("<a><b></a>") == "1:7 end tag </a> does not match <b>");
  CHECK(error("<a>\n  &nope;</a>") == "2:3 unknown entity &nope;");
  CHECK(error("<a>&#0;</a>") == "1:4 invalid character reference &#0;");
  CHECK(error("<a>&#xD800;</a>") == "1:4 invalid character reference &#xD800;");
  CHECK(error("<a>\x01</a>") == "1:4 character not allowed in XML");
  CHECK(error("<a>\xC3\x28</a>") == "1:4 invalid UTF-8");
  CHECK(error("<a v='1' v='2'/>") == "1:10 duplicate attribute v");
  CHECK(error("<a v=1/>") == "1:6 expected a quoted value for attribute v");
  CHECK(error("<a>x") == "1:5 end of file inside <a>");
  CHECK(error("<a/><b/>") == "1:5 content after the root element");
  CHECK(error("text<a/>") == "1:1 text outside the root element");
  CHECK(error("<a><!-- open</a>") == "1:4 unterminated comment");
  CHECK(error("<a><![CDATA[x</a>") == "1:4 unterminated CDATA section");
  CHECK(error("<a>]]></a>") == "1:4 ']]>' in character data");
  CHECK(error("<a v='<'/>") == "1:7 '<' in attribute value");
  CHECK(error("</a>") == "1:1 unexpected end tag </a>");
  CHECK(error("") == "1:1 no root element");
}

TEST_CASE("arbitrary bytes never crash the reader") {
  std::string bytes;
  for (int i = 0; i < 4000; ++i) bytes.push_back(static_cast<char>((i * 7919) % 256));
  for (std::size_t cut = 0; cut < bytes.size(); cut += 97) {
    const std::string input = "<a>" + bytes.substr(cut, 200);
    CHECK_NOTHROW(error(input));
  }
}
