# difflib: Differ, unified_diff on strings/bytes errors, diff_bytes, HtmlDiff table pieces, autojunk.
import difflib

d = difflib.Differ()
print(list(d.compare(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "emu\n"])))
print("".join(difflib.unified_diff("abc", "abd", lineterm="")))
try:
    list(difflib.unified_diff([b"a\n"], [b"b\n"]))
except TypeError as e:
    print("TypeError", e)
out = difflib.diff_bytes(difflib.unified_diff, [b"a\n"], [b"b\n"], b"x", b"y")
print(list(out))
try:
    list(difflib.diff_bytes(difflib.unified_diff, ["a\n"], ["b\n"]))
except TypeError as e:
    print("TypeError", e)
sm = difflib.SequenceMatcher(None, "x" * 300 + "y", "x" * 300 + "z")
print(round(sm.ratio(), 4), difflib.SequenceMatcher(None, "x" * 300 + "y", "x" * 300 + "z", autojunk=False).ratio() > 0.9)
sm = difflib.SequenceMatcher()
sm.set_seqs("hello", "yellow")
print(sm.ratio(), sm.get_opcodes())
sm.set_seq2("jello")
print(sm.get_matching_blocks()[-1], sm.b)
html = difflib.HtmlDiff(wrapcolumn=20).make_table(["abc"], ["abd"], "from", "to")
print(html.count("<tr>"), "diff_chg" in html, "from" in html)
print(difflib.SequenceMatcher(None, (1, 2, 3), [1, 2, 3]).ratio())
