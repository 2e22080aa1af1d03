// SHA-256 of a byte string, by OpenSSL's libcrypto. Thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace corpgraph::store {

// 64 lowercase hex digits.
std::string Sha256Hex(std::string_view bytes);

// Incremental form for data read in pieces (files too large to hold twice).
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void Update(std::string_view bytes);
  // 64 lowercase hex digits; the object must not be updated afterwards.
  std::string FinishHex();

 private:
  void* ctx_;  // EVP_MD_CTX*
};

}  // namespace corpgraph::store
