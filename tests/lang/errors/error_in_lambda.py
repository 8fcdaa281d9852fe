# Error inside a lambda used as a sort key
words = ["bb", "a", None]
print(sorted(words[:2], key=lambda w: len(w)))
print(sorted(words, key=lambda w: len(w)))
