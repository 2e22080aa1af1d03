# cmake -DINPUT=default.rules -DOUTPUT=default_rules.cc -P embed_rules.cmake
# Turns the rules file into a C++ source defining corpgraph::kEmbeddedDefaultRules.
file(READ "${INPUT}" content)
set(delim "corpgraph_rules")
string(FIND "${content}" ")${delim}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )${delim}\"")
endif()
file(WRITE "${OUTPUT}.tmp"
  "// Generated from extract/rules/default.rules by extract/rules/embed_rules.cmake. Do not edit.\n"
  "namespace corpgraph {\n"
  "extern const char kEmbeddedDefaultRules[];\n"
  "const char kEmbeddedDefaultRules[] = R\"${delim}(${content})${delim}\";\n"
  "}  // namespace corpgraph\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
