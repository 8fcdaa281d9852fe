# compile() of bytes follows the coding cookie, in all its spellings.
sources = [
    b'# -*- coding: latin-1 -*-\ns = "\xe9"\n',
    b'# coding: iso-8859-1\ns = "\xe9"\n',
    b'# coding=latin1\ns = "\xe9"\n',
    b'# coding: ISO_8859_1\ns = "\xe9"\n',
    b'# coding: latin-1-unix\ns = "\xe9"\n',
    b'# coding: iso-latin-1\ns = "\xe9"\n',
    b'#!/usr/bin/python\n# coding: latin-1\ns = "\xe9"\n',
    b'\n# vim: set fileencoding=latin-1 :\ns = "\xe9"\n',
    b'# coding: utf-8\ns = "\xc3\xa9"\n',
    b'# coding: utf8\ns = "\xc3\xa9"\n',
    b'# coding: UTF-8\ns = "\xc3\xa9"\n',
    b'# coding: utf_8\ns = "\xc3\xa9"\n',
    b'# coding: ascii\ns = "e"\n',
    b'\xef\xbb\xbf# coding: utf-8\ns = "\xc3\xa9"\n',
    b'\xef\xbb\xbfs = "\xc3\xa9"\n',
    b's = "\xc3\xa9"\n# coding: latin-1\n',
    b'x = 1\n# coding: latin-1\ns = "\xc3\xa9"\n',
    b'# this is not a cookie: encoding latin-1\ns = "\xc3\xa9"\n',
]
for src in sources:
    ns = {}
    exec(compile(src, "<bytes>", "exec"), ns)
    print(ascii(ns["s"]), len(ns["s"]))
print(ascii(eval(b'# coding: latin-1\n"\xe0 la"')))
print(ascii(eval(bytearray(b'"\xc3\xa0"'))))
