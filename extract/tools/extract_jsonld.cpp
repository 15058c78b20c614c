// extract_jsonld ONTOLOGY LEXICON PATTERNS INPUT OUTPUT: runs the extractor on one text
// and writes a minimal JSON-LD graph (entities, typed relations, statement nodes with
// evidence) that eval/score.py reads. A measuring tool for extraction work, not the CLI.
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <boost/range/iterator_range.hpp>

#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "kg/extract/extractor.hpp"

namespace {

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 6) {
    std::cerr << "usage: extract_jsonld ONTOLOGY LEXICON PATTERNS INPUT OUTPUT\n";
    return 2;
  }
  try {
    const kg::extract::Extractor extractor({argv[1], argv[2], argv[3]});
    kg::KnowledgeGraph graph;
    const auto report = extractor.add_document(graph, argv[4], read_file(argv[4]));
    std::cerr << report.sentences << " sentences, " << report.mentions << " mentions, "
              << report.relations << " relations\n";

    std::ofstream out(argv[5]);
    rapidjson::OStreamWrapper stream(out);
    rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(stream);
    const std::string base = "urn:kg:entity:";
    w.StartObject();
    w.Key("@context");
    w.StartObject();
    w.Key("schema"); w.String("https://schema.org/");
    w.Key("kg"); w.String("https://w3id.org/kg/vocab#");
    w.Key("rdf"); w.String("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    w.Key("name"); w.String("schema:name");
    w.Key("alternateName"); w.String("schema:alternateName");
    w.Key("evidence"); w.String("kg:evidence");
    w.Key("rule"); w.String("kg:rule");
    for (const char* key : {"subject", "predicate", "object"}) {
      w.Key(key);
      w.StartObject();
      w.Key("@id"); w.String((std::string("rdf:") + key).c_str());
      w.Key("@type"); w.String("@id");
      w.EndObject();
    }
    for (const auto& p : extractor.ontology().predicates()) {
      w.Key(p.name.c_str());
      w.StartObject();
      w.Key("@id"); w.String(("kg:" + p.name).c_str());
      w.Key("@type"); w.String("@id");
      w.EndObject();
    }
    w.EndObject();
    w.Key("@graph");
    w.StartArray();
    const auto& g = graph.graph();
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
      const auto& e = graph.entity(v);
      w.StartObject();
      w.Key("@id"); w.String((base + e.id).c_str());
      w.Key("@type"); w.String(("kg:" + e.type).c_str());
      w.Key("name"); w.String(e.name.c_str());
      w.Key("alternateName");
      w.StartArray();
      for (const auto& a : e.aliases) w.String(a.c_str());
      w.EndArray();
      std::map<std::string, std::vector<std::string>> objects;  // one key per predicate
      for (auto edge : boost::make_iterator_range(boost::out_edges(v, g))) {
        const auto& r = graph.relation(edge);
        if (r.predicate != "relatedTo") objects[r.predicate].push_back(base + graph.entity(graph.target(edge)).id);
      }
      for (const auto& [predicate, targets] : objects) {
        w.Key(predicate.c_str());
        w.StartArray();
        for (const auto& t : targets) w.String(t.c_str());
        w.EndArray();
      }
      w.EndObject();
    }
    int statement = 0;
    for (auto edge : boost::make_iterator_range(boost::edges(g))) {
      const auto& r = graph.relation(edge);
      if (r.predicate == "relatedTo") continue;
      w.StartObject();
      w.Key("@id"); w.String(("urn:kg:statement:" + std::to_string(++statement)).c_str());
      w.Key("subject"); w.String((base + graph.entity(graph.source(edge)).id).c_str());
      w.Key("predicate"); w.String(("kg:" + r.predicate).c_str());
      w.Key("object"); w.String((base + graph.entity(graph.target(edge)).id).c_str());
      w.Key("evidence"); w.String(r.evidence.front().sentence.c_str());
      w.Key("rule"); w.String(r.evidence.front().rule.c_str());
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return 0;
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
}
