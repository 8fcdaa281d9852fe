# expandtabs with tab sizes and line breaks
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'a\tb\tc'.expandtabs()
'a\tb'.expandtabs(4)
'abcd\te'.expandtabs(4)
'\t'.expandtabs(0), '\t'.expandtabs(-3)
'a\tb'.expandtabs(1)
'ab\ncd\tx'.expandtabs(4)
'ab\rcd\tx'.expandtabs(4)
'é\tx'.expandtabs(3)
''.expandtabs(5)
'\t\t'.expandtabs(tabsize=2)
'no tabs'.expandtabs(100)
'a\tb'.expandtabs(True)
'x\ty'.expandtabs(1.5)
'x\ty'.expandtabs(2**70)
'x\ty'.expandtabs(tab=2)
''')
