/// The Porter stemming algorithm, as in Martin Porter's reference C implementation (with its
/// two published departures: `bli`→`ble` and `logi`→`log`), so "neglected", "neglecting" and
/// "neglect" meet in one index term. `Templates/assets/search/stem.js` runs the same algorithm
/// in the browser; a test checks that both agree word for word.
public enum PorterStemmer {
    /// The stem of a lowercase ASCII word; words of one or two letters are kept as they are.
    public static func stem(_ word: String) -> String {
        var state = State(Array(word.utf8))
        guard state.k > 1 else { return word }
        state.step1ab()
        if state.k > 0 {
            state.step1c()
            state.step2()
            state.step3()
            state.step4()
            state.step5()
        }
        return String(decoding: state.b[0...state.k], as: UTF8.self)
    }

    private struct State {
        var b: [UInt8]
        /// Index of the last letter of the current stem.
        var k: Int
        /// End of the stem before the suffix that `ends` last matched.
        var j = 0

        init(_ bytes: [UInt8]) {
            b = bytes
            k = bytes.count - 1
        }

        func isConsonant(_ i: Int) -> Bool {
            switch b[i] {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): false
            case UInt8(ascii: "y"): i == 0 ? true : !isConsonant(i - 1)
            default: true
            }
        }

        /// The number of vowel-consonant sequences in `b[0...j]`.
        func measure() -> Int {
            var n = 0
            var i = 0
            while true {
                if i > j { return n }
                if !isConsonant(i) { break }
                i += 1
            }
            i += 1
            while true {
                while true {
                    if i > j { return n }
                    if isConsonant(i) { break }
                    i += 1
                }
                i += 1
                n += 1
                while true {
                    if i > j { return n }
                    if !isConsonant(i) { break }
                    i += 1
                }
                i += 1
            }
        }

        func vowelInStem() -> Bool {
            j >= 0 && (0...j).contains { !isConsonant($0) }
        }

        func doubleConsonant(_ i: Int) -> Bool {
            i >= 1 && b[i] == b[i - 1] && isConsonant(i)
        }

        /// Consonant-vowel-consonant ending at `i`, the last not w, x or y.
        func cvc(_ i: Int) -> Bool {
            if i < 2 || !isConsonant(i) || isConsonant(i - 1) || !isConsonant(i - 2) { return false }
            return b[i] != UInt8(ascii: "w") && b[i] != UInt8(ascii: "x") && b[i] != UInt8(ascii: "y")
        }

        mutating func ends(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            if length > k + 1 { return false }
            let start = k - length + 1
            for offset in 0..<length where b[start + offset] != suffix.utf8Start[offset] { return false }
            j = k - length
            return true
        }

        mutating func setTo(_ replacement: StaticString) {
            for offset in 0..<replacement.utf8CodeUnitCount {
                let at = j + 1 + offset
                if at < b.count { b[at] = replacement.utf8Start[offset] } else { b.append(replacement.utf8Start[offset]) }
            }
            k = j + replacement.utf8CodeUnitCount
        }

        mutating func replaceIfMeasured(_ replacement: StaticString) {
            if measure() > 0 { setTo(replacement) }
        }

        mutating func step1ab() {
            if b[k] == UInt8(ascii: "s") {
                if ends("sses") { k -= 2 } else if ends("ies") { setTo("i") } else if b[k - 1] != UInt8(ascii: "s") { k -= 1 }
            }
            if ends("eed") {
                if measure() > 0 { k -= 1 }
            } else if (ends("ed") || ends("ing")) && vowelInStem() {
                k = j
                if ends("at") {
                    setTo("ate")
                } else if ends("bl") {
                    setTo("ble")
                } else if ends("iz") {
                    setTo("ize")
                } else if doubleConsonant(k) {
                    k -= 1
                    let last = b[k]
                    if last == UInt8(ascii: "l") || last == UInt8(ascii: "s") || last == UInt8(ascii: "z") { k += 1 }
                } else if measure() == 1 && cvc(k) {
                    setTo("e")
                }
            }
        }

        mutating func step1c() {
            if ends("y") && vowelInStem() { b[k] = UInt8(ascii: "i") }
        }

        mutating func step2() {
            let rules: [(StaticString, StaticString)] = switch b[k - 1] {
            case UInt8(ascii: "a"): [("ational", "ate"), ("tional", "tion")]
            case UInt8(ascii: "c"): [("enci", "ence"), ("anci", "ance")]
            case UInt8(ascii: "e"): [("izer", "ize")]
            case UInt8(ascii: "l"): [("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous")]
            case UInt8(ascii: "o"): [("ization", "ize"), ("ation", "ate"), ("ator", "ate")]
            case UInt8(ascii: "s"): [("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous")]
            case UInt8(ascii: "t"): [("aliti", "al"), ("iviti", "ive"), ("biliti", "ble")]
            case UInt8(ascii: "g"): [("logi", "log")]
            default: []
            }
            applyFirst(rules)
        }

        mutating func step3() {
            let rules: [(StaticString, StaticString)] = switch b[k] {
            case UInt8(ascii: "e"): [("icate", "ic"), ("ative", ""), ("alize", "al")]
            case UInt8(ascii: "i"): [("iciti", "ic")]
            case UInt8(ascii: "l"): [("ical", "ic"), ("ful", "")]
            case UInt8(ascii: "s"): [("ness", "")]
            default: []
            }
            applyFirst(rules)
        }

        private mutating func applyFirst(_ rules: [(StaticString, StaticString)]) {
            for (suffix, replacement) in rules where ends(suffix) {
                replaceIfMeasured(replacement)
                return
            }
        }

        mutating func step4() {
            let suffixes: [StaticString] = switch b[k - 1] {
            case UInt8(ascii: "a"): ["al"]
            case UInt8(ascii: "c"): ["ance", "ence"]
            case UInt8(ascii: "e"): ["er"]
            case UInt8(ascii: "i"): ["ic"]
            case UInt8(ascii: "l"): ["able", "ible"]
            case UInt8(ascii: "n"): ["ant", "ement", "ment", "ent"]
            case UInt8(ascii: "o"): ["ion", "ou"]
            case UInt8(ascii: "s"): ["ism"]
            case UInt8(ascii: "t"): ["ate", "iti"]
            case UInt8(ascii: "u"): ["ous"]
            case UInt8(ascii: "v"): ["ive"]
            case UInt8(ascii: "z"): ["ize"]
            default: []
            }
            for suffix in suffixes where ends(suffix) {
                if suffix.withUTF8Buffer({ $0.elementsEqual("ion".utf8) }) && !(j >= 0 && (b[j] == UInt8(ascii: "s") || b[j] == UInt8(ascii: "t"))) { continue }
                if measure() > 1 { k = j }
                return
            }
        }

        mutating func step5() {
            j = k
            if b[k] == UInt8(ascii: "e") {
                let m = measure()
                if m > 1 || (m == 1 && !cvc(k - 1)) { k -= 1 }
            }
            if b[k] == UInt8(ascii: "l") && doubleConsonant(k) && measure() > 1 { k -= 1 }
        }
    }
}
