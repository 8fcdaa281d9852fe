# complex() parsing of strings: spaces, signs, exponents and errors
CASES = r'''
complex('1'), complex('1.5j'), complex('-1-1j'), complex('+1+1J'), complex('1e-3-2.5e2j'), complex(' 1+2j '), complex('(1+2j)'), complex('1_0+2_0j'), complex('infj'), complex('-nanj')
complex('1 + 2j')
complex('(1+2j')
complex('1+2j)')
complex('1+j+j')
complex('jj')
complex('1e')
complex('()')
complex('1+2i')
complex(' ')
complex('\0')
complex(b'1')
complex(1j, 1j), complex(1.5, -0.0), complex(-0.0, 0.0), complex(True, False), complex(2**70)
complex(10**400)
'''
ns = {}
srcs = []
for line in CASES.strip().splitlines():
    if line[:1] == ' ' and srcs:
        srcs[-1] += '\n' + line
    else:
        srcs.append(line)
for src in srcs:
    try:
        code = compile(src, '<case>', 'eval')
    except SyntaxError:
        code = compile(src, '<case>', 'exec')
    try:
        r = repr(eval(code, ns))
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(src, '=>', r)
