#include "kg/query/result_writer.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <ostream>

namespace kg::query {
namespace {

// One TSV cell: tabs and line breaks would break the table.
std::string cell(std::string_view value) {
  std::string out(value);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

std::string evidence_sentences(const Relation& relation) {
  std::string joined;
  for (const EvidenceView e : relation.evidence) {
    if (!joined.empty()) joined += " | ";
    joined += e.sentence;
  }
  return joined;
}

std::vector<std::string> row_cells(const QueryResult& result, const Solution& solution,
                                   const KnowledgeGraph& graph, const ResultFormat& format) {
  std::vector<std::string> cells;
  for (std::size_t i = 0; i < result.variables.size(); ++i)
    cells.push_back(cell(display(graph, result.variables[i], solution.values[i])));
  if (format.evidence)
    for (const auto& edge : solution.edges)
      if (edge) cells.push_back(cell(evidence_sentences(graph.relation(*edge))));
  return cells;
}

void write_string(rapidjson::Writer<rapidjson::OStreamWrapper>& json, std::string_view s) {
  json.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void write_relation(rapidjson::Writer<rapidjson::OStreamWrapper>& json, const KnowledgeGraph& graph, Edge edge) {
  const Relation& relation = graph.relation(edge);
  json.StartObject();
  json.Key("subject");
  write_string(json, graph.entity(graph.source(edge)).name);
  json.Key("predicate");
  write_string(json, relation.predicate);
  json.Key("object");
  write_string(json, graph.entity(graph.target(edge)).name);
  json.Key("weight");
  json.Double(relation.weight);
  json.Key("evidence");
  json.StartArray();
  for (const EvidenceView e : relation.evidence) {
    json.StartObject();
    json.Key("sentence");
    write_string(json, e.sentence);
    json.Key("document");
    const auto& documents = graph.documents();
    write_string(json, e.document < documents.size() ? documents[e.document].name : std::string());
    json.Key("begin");
    json.Uint64(e.begin);
    json.Key("end");
    json.Uint64(e.end);
    json.Key("rule");
    write_string(json, e.rule);
    json.Key("confidence");
    json.Double(e.confidence);
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
}

}  // namespace

void write_tsv(const QueryResult& result, const KnowledgeGraph& graph, std::ostream& out,
               const ResultFormat& format) {
  if (result.variables.empty()) {
    out << (result.solutions.empty() ? "false" : "true") << '\n';
    return;
  }
  std::vector<std::string> header;
  for (const auto& v : result.variables) header.push_back("?" + v.name);
  if (format.evidence && !result.solutions.empty()) {
    std::size_t relations = 0;
    for (const auto& edge : result.solutions.front().edges) relations += edge.has_value();
    for (std::size_t i = 1; i <= relations; ++i)
      header.push_back(relations == 1 ? "evidence" : "evidence" + std::to_string(i));
  }
  const auto print = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) out << (i ? "\t" : "") << cells[i];
    out << '\n';
  };
  print(header);
  // Solutions are sorted, so rows that read the same are adjacent.
  std::vector<std::string> previous;
  for (const auto& solution : result.solutions) {
    auto cells = row_cells(result, solution, graph, format);
    if (cells == previous) continue;
    print(cells);
    previous = std::move(cells);
  }
}

void write_json(const QueryResult& result, const KnowledgeGraph& graph, std::ostream& out,
                const ResultFormat& format) {
  rapidjson::OStreamWrapper stream(out);
  rapidjson::Writer<rapidjson::OStreamWrapper> json(stream);
  json.StartObject();
  json.Key("variables");
  json.StartArray();
  for (const auto& v : result.variables) write_string(json, v.name);
  json.EndArray();
  if (result.variables.empty()) {
    json.Key("boolean");
    json.Bool(!result.solutions.empty());
  } else {
    json.Key("rows");
    json.StartArray();
    std::vector<std::string> previous;
    for (const auto& solution : result.solutions) {
      auto cells = row_cells(result, solution, graph, format);
      if (cells == previous) continue;
      previous = std::move(cells);
      json.StartObject();
      for (std::size_t i = 0; i < result.variables.size(); ++i) {
        json.Key(result.variables[i].name.c_str());
        write_string(json, display(graph, result.variables[i], solution.values[i]));
      }
      if (format.evidence) {
        json.Key("relations");
        json.StartArray();
        for (const auto& edge : solution.edges)
          if (edge) write_relation(json, graph, *edge);
        json.EndArray();
      }
      json.EndObject();
    }
    json.EndArray();
  }
  json.EndObject();
  out << '\n';
}

}  // namespace kg::query
