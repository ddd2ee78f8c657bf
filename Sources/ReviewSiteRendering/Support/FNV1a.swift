/// FNV-1a over bytes: deterministic across runs (unlike `Hasher`) and cheap for the short words
/// and glossary terms it keys, so tables of them need not build a `String` per lookup.
enum FNV1a {
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
