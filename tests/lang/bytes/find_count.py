# find, rfind, index, rindex, count, startswith, endswith
for s in (b'abcabcab', bytearray(b'abcabcab')):
    print(s.find(b'bc'), s.find(b'bc', 2), s.find(b'bc', 2, 4), s.find(99), s.find(b'zz'), s.find(b''), s.find(b'', 20))
    print(s.rfind(b'ab'), s.rfind(b'ab', 0, 7), s.rfind(97), s.rfind(b''), s.find(b'c', -1), s.find(b'a', None, None))
    print(s.index(b'ca'), s.rindex(b'ca'), s.index(98, 3), s.rindex(memoryview(b'a')))
    print(s.count(b'ab'), s.count(97), s.count(b''), s.count(b'', 3, 5), s.count(b'a', 1), s.count(b'x'), s.count(b'', 20))
    print(s.startswith(b'abc'), s.startswith(b'bc', 1), s.startswith((b'x', b'ab')), s.startswith(b''), s.startswith(b'a', 9))
    print(s.endswith(b'ab'), s.endswith(b'ca', 0, 7), s.endswith((b'q', bytearray(b'b'))), s.endswith(b'', 3, 2))
print(b'aaaa'.count(b'aa'), b'aaaa'.find(b'aa', 1), b''.find(b''), b''.count(b''))
