# difflib: unified_diff, context_diff, ndiff, SequenceMatcher, get_close_matches.
import difflib

a = ["one\n", "two\n", "three\n", "four\n"]
b = ["one\n", "2\n", "three\n", "four\n", "five\n"]
print("".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt")), end="")
print("".join(difflib.unified_diff(a, b, n=0, lineterm="\n")), end="")
print("".join(difflib.context_diff(a, b, fromfile="a", tofile="b")), end="")
print("".join(difflib.ndiff(["abc\n", "xyz\n"], ["abd\n", "xyz\n"])), end="")
print(list(difflib.unified_diff(a, a)))

sm = difflib.SequenceMatcher(None, "abcd", "bcde")
print(sm.ratio(), sm.quick_ratio(), sm.real_quick_ratio())
print(sm.get_matching_blocks())
print(sm.get_opcodes())
print(sm.find_longest_match(0, 4, 0, 4))
sm = difflib.SequenceMatcher(lambda c: c == " ", "private thread", "private  read")
print(round(sm.ratio(), 4), list(sm.get_grouped_opcodes(1)))
print(difflib.SequenceMatcher(None, "", "").ratio(), difflib.SequenceMatcher(None, [1, 2], [2, 1]).ratio())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheal", "whole", "shell"], n=2, cutoff=0.5))
print(difflib.get_close_matches("zzz", ["abc"]))
for bad in ((0, 0.5), (3, 1.5)):
    try:
        difflib.get_close_matches("x", ["y"], *bad)
    except ValueError as e:
        print("ValueError", e)
print(list(difflib.restore(difflib.ndiff(["a\n"], ["b\n"]), 2)))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  #  \n"))
