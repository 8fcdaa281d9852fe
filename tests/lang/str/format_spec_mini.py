# str.format mini-language: fill, align, sign, width, precision, types
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'{:<10}|'.format('ab'), '{:>10}|'.format('ab'), '{:^10}|'.format('ab'), '{:*^9}'.format('ab'), '{:.2}'.format('abcdef'), '{:10.2}|'.format('abc')
'{:d}'.format(42), '{:+d}'.format(42), '{: d}'.format(42), '{:-d}'.format(-42), '{:05d}'.format(-42), '{:=+8d}'.format(42), '{:x}'.format(255), '{:#X}'.format(255), '{:#o}'.format(8), '{:#b}'.format(5), '{:c}'.format(65)
'{:,}'.format(1234567), '{:_}'.format(1234567), '{:_x}'.format(0xdeadbeef), '{:_b}'.format(255), '{:,d}'.format(-1234), '{:08,}'.format(1234), '{:010,}'.format(1234567)
'{:n}'.format(1234567), '{:%}'.format(5), '{:e}'.format(5), '{:.2f}'.format(5), '{:g}'.format(5), '{:10}'.format(5), '{:<5}|'.format(5)
'{:s}'.format(5)
'{:d}'.format('5')
'{:,s}'.format('x')
'{:=5}'.format('x')
'{:+}'.format('x')
'{:#x}'.format(3.0)
'{:c}'.format(-1)
'{:c}'.format(0x110000)
'{:.2d}'.format(5)
'{:,_}'.format(5)
'{:_,}'.format(5)
'{:,c}'.format(5)
'{:10000000000000000000}'.format(5)
'{:z}'.format(5)
'{:%x}'.format(5)
'{0:{1}{2}}'.format(3.14159, '.', '3'), '{:{w}.{p}f}'.format(2.5, w=10, p=3), '{0:>{1}}'.format('x', 4)
'{!r:>8}'.format('a'), '{!s}'.format(1.5), '{!a}'.format('é'), '{0!r}{0!s}'.format('q')
'{!x}'.format(1)
''')
