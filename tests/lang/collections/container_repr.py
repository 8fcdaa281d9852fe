# repr and str of containers with strings and nested values
print([1, 'a', "it's", 'say "hi"', None])
print(repr(['x']), str(['x']), str(('a', 1)), str({'k': 'v'}))
print({'key': ['v', ('t',)]}, [{}], [()], [set()], (1,), ((),))
print(['tab\there', 'nl\nhere', 'back\\slash', '\x00', 'é', '\u20ac'])
print([[1, 2], [3, [4, [5]]]], {1: {2: {}}})
print([1.0, -0.5, 1e100, float('inf')], (True, False))
print(repr("a'b\"c"), repr('\''), repr("\""))
print([range(3), slice(1, 2)])
