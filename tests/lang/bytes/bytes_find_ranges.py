# find/rfind/index/rindex/count/startswith/endswith with ranges and int needles.
for cls in (bytes, bytearray):
    s = cls(b'abracadabra')
    print(s.find(b'bra'), s.find(b'bra', 2), s.find(b'bra', 2, 9), s.rfind(b'bra'), s.rfind(b'bra', 0, 5))
    print(s.find(97, 1), s.rfind(97), s.count(97), s.count(b'a', 3, -1), s.count(b''), s.count(b'', 20))
    print(s.index(b'c'), s.rindex(b'a', None, -1), s.find(b'', 11), s.find(b'', 12), s.find(b'a', -3))
    print(s.startswith(b'abr'), s.startswith((b'x', b'ab')), s.startswith(b'bra', 1), s.startswith(b'bra', 1, 3))
    print(s.endswith(b'bra'), s.endswith((b'x', bytearray(b'ra'))), s.endswith(b'cad', 0, 7), s.endswith(b''))
    print(s.find(memoryview(b'cad')), b'cad' in s, 99 in s, 300 in s if False else None, s.count(bytearray(b'a')))
