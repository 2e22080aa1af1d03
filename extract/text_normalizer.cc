#include "extract/text_normalizer.h"

namespace corpgraph {

void NormalizedText::Reserve(std::uint64_t bytes) {
  text_.reserve(text_.size() + bytes);
  origin_.reserve(origin_.size() + bytes);
  source_len_.reserve(source_len_.size() + bytes);
}

void NormalizedText::Put(char c, std::uint64_t origin, std::uint8_t source_len) {
  if (c == ' ' && (text_.empty() || text_.back() == ' ' || text_.back() == '\n')) return;
  text_.push_back(c);
  origin_.push_back(static_cast<std::uint32_t>(origin));
  source_len_.push_back(source_len);
}

void NormalizedText::AppendSeparator(char c, std::uint64_t origin) {
  while (!text_.empty() && text_.back() == ' ') {
    text_.pop_back();
    origin_.pop_back();
    source_len_.pop_back();
  }
  text_.push_back(c);
  origin_.push_back(origin);
  source_len_.push_back(1);
  end_origin_ = origin + 1;
}

void NormalizedText::Append(std::string_view piece, std::uint64_t origin) {
  size_t i = 0;
  while (i < piece.size()) {
    // Fast path: a run of ordinary bytes, single spaces between words included, is copied as
    // it is (a space that Put would drop ends the run).
    size_t run = i;
    while (run < piece.size()) {
      unsigned char b = static_cast<unsigned char>(piece[run]);
      if (b == ' ') {
        char before = run > i ? piece[run - 1] : (text_.empty() ? ' ' : text_.back());
        if (before == ' ' || before == '\n') break;
      } else if (b < 0x21 || b == '*' || b == 0xE2 || b == 0xC2) {
        break;
      }
      ++run;
    }
    if (run > i) {
      size_t old = text_.size();
      text_.append(piece.data() + i, run - i);
      origin_.resize(old + (run - i));
      for (size_t k = 0; k < run - i; ++k) origin_[old + k] = static_cast<std::uint32_t>(origin + i + k);
      source_len_.resize(old + (run - i), 1);
      i = run;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(piece[i]);
    std::uint64_t at = origin + i;
    if (c == 0xE2 && i + 2 < piece.size() && static_cast<unsigned char>(piece[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(piece[i + 2]);
      char repl = 0;
      if (d == 0x9C || d == 0x9D || d == 0x9E || d == 0x9F) repl = '"';
      else if (d == 0x98 || d == 0x99 || d == 0x9A || d == 0x9B) repl = '\'';
      else if (d == 0x93 || d == 0x94 || d == 0x90 || d == 0x91 || d == 0x92) repl = '-';
      else if ((d >= 0x80 && d <= 0x8B) || d == 0xAF) repl = ' ';
      if (repl != 0) {
        Put(repl, at, 3);
        i += 3;
        continue;
      }
    }
    if (c == 0xC2 && i + 1 < piece.size() && static_cast<unsigned char>(piece[i + 1]) == 0xA0) {
      Put(' ', at, 2);
      i += 2;
      continue;
    }
    if (c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
      Put(' ', at);
    } else if (c != '*') {
      Put(static_cast<char>(c), at);
    }
    ++i;
  }
  end_origin_ = origin + piece.size();
}

std::uint64_t NormalizedText::Origin(std::uint64_t pos) const {
  if (pos < origin_.size()) return origin_[pos];
  return end_origin_;
}

}  // namespace corpgraph

namespace corpgraph {

std::uint64_t NormalizedText::EndOrigin(std::uint64_t pos) const {
  if (pos == 0 || pos > origin_.size()) return Origin(pos);
  return origin_[pos - 1] + source_len_[pos - 1];
}

}  // namespace corpgraph
