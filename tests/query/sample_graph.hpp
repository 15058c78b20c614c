// A small graph shaped like the shared article, built directly, and the bundled ontology:
// what the API tests query.
#pragma once

#include <string>

#include "kg/graph/knowledge_graph.hpp"
#include "kg/ontology/ontology.hpp"

namespace kg::testing {

inline Ontology bundled_ontology() { return Ontology::load(KG_SOURCE_DIR "/data/ontology.json"); }

inline Evidence evidence(std::string sentence, std::uint64_t begin = 0) {
  Evidence e;
  e.begin = begin;
  e.end = begin + 5;
  e.sentence = std::move(sentence);
  e.rule = "test";
  e.confidence = 0.9;
  return e;
}

// Sam Altman (奥特曼) ceoOf (twice attested) and worksFor OpenAI, leaderOf Y Combinator;
// Paul Graham founderOf Y Combinator; Dan memberOf Y Combinator; OpenAI develops ChatGPT
// and Codex; Anthropic develops Claude; Gemini competesWith ChatGPT; Emmy studiesAt
// Stanford University (斯坦福); Claire studiesAt UC Berkeley; Sam Altman relatedTo Claude
// (co-occurrence only); London stands alone.
struct SampleGraph {
  KnowledgeGraph graph;
  Vertex sam, openai, paul, yc, dan, chatgpt, codex, anthropic, claude, gemini, emmy, stanford,
      claire, berkeley, london;

  SampleGraph() {
    sam = graph.add_entity("Sam Altman", "Person");
    graph.add_alias(sam, "奥特曼");
    graph.add_alias(sam, "SamAltman");
    openai = graph.add_entity("OpenAI", "Organization");
    paul = graph.add_entity("Paul Graham", "Person");
    graph.add_alias(paul, "PaulGraham");
    yc = graph.add_entity("Y Combinator", "Organization");
    graph.add_alias(yc, "YC");
    dan = graph.add_entity("Dan", "Person");
    chatgpt = graph.add_entity("ChatGPT", "Product");
    codex = graph.add_entity("Codex", "Product");
    anthropic = graph.add_entity("Anthropic", "Organization");
    claude = graph.add_entity("Claude", "Product");
    gemini = graph.add_entity("Gemini", "Product");
    emmy = graph.add_entity("Emmy", "Person");
    stanford = graph.add_entity("Stanford University", "Organization");
    graph.add_alias(stanford, "斯坦福");
    claire = graph.add_entity("Claire", "Person");
    berkeley = graph.add_entity("UC Berkeley", "Organization");
    london = graph.add_entity("London", "Place");
    graph.add_document(Document{"article.txt", 1000});

    // worksFor is added first so that path tests show the heavier ceoOf wins anyway.
    graph.add_relation(sam, "worksFor", openai, evidence("Sam Altman works at OpenAI.", 1));
    graph.add_relation(sam, "ceoOf", openai, evidence("OpenAI首席执行官山姆·奥特曼", 10));
    graph.add_relation(sam, "ceoOf", openai, evidence("奥特曼是OpenAI的CEO。", 20));
    graph.add_relation(sam, "leaderOf", yc, evidence("Sam Altman once ran Y Combinator.", 30));
    graph.add_relation(paul, "founderOf", yc, evidence("PaulGraham founded YC.", 40));
    graph.add_relation(dan, "memberOf", yc, evidence("Dan joined YC.", 50));
    graph.add_relation(openai, "develops", chatgpt, evidence("OpenAI makes ChatGPT.", 60));
    graph.add_relation(openai, "develops", codex, evidence("OpenAI builds Codex.", 70));
    graph.add_relation(anthropic, "develops", claude, evidence("Anthropic's Claude.", 80));
    graph.add_relation(gemini, "competesWith", chatgpt, evidence("Gemini rivals ChatGPT.", 90), true);
    graph.add_relation(emmy, "studiesAt", stanford, evidence("Emmy studies at 斯坦福.", 100));
    graph.add_relation(claire, "studiesAt", berkeley, evidence("Claire, a Berkeley student.", 110));
    graph.add_relation(sam, "relatedTo", claude, evidence("Sam Altman mentioned Claude.", 120), true);
  }
};

}  // namespace kg::testing
