# glibc's strftime flags and widths (- _ 0 ^ # and a field width), the E/O
# modifiers, and directives it doesn't know, which come out as written.
import time
g = time.gmtime(1234567890)  # Fri Feb 13 23:31:30 2009
for f in ['%-d|%_d|%05d|%-m|%_H|%-j', '%^a|%^A|%^b|%^B|%^p', '%#a|%#b|%#p', '%10Y|%-5d|%_3H|%3a|%^10B',
          '%010y|%4m|%_4M|%08F', '%Ey|%EY|%Od|%OH|%Ec', '%P|%k|%l', '%Q|%5Q|%q%|end%', '%%d|%%%d']:
    print(repr(f), repr(time.strftime(f, g)))
print(repr(time.strftime('%-Y|%_Y|%06Y|%^c', (7, 3, 4, 5, 6, 7, 2, 63, 0))))
print(repr(time.strftime('%s', time.localtime(1234567890))))
print(len(time.strftime('%c' * 300, g)), len(time.strftime('%-d' * 1000, g)))
