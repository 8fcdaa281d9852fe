# %-formatting of str with every conversion, flags, *, and %(name)s
CASES = r'''
'%s %r %a' % ('é', 'é', 'é'), '%d %i %u' % (3.9, -2, 7), '%o %x %X' % (8, 255, 255), '%#o %#x %#X' % (8, 255, 255), '%e %E %f %F %g %G' % (1.5, 1.5, 1.5, 1.5, 1e-5, 1e20)
'%c%c' % (65, 'B'), '%%', '%5s|%-5s|' % ('a', 'b'), '%05d|%-05d|%+d|% d' % (42, 42, 42, 42), '%.3s' % 'abcdef', '%*d' % (5, 3), '%-*d|' % (5, 3), '%.*f' % (2, 3.14159)
'%(a)s-%(b)05.1f' % {'a': 'x', 'b': 2.25}, '%(a)s %(a)r' % {'a': 'q'}, '%s' % [1, 2], '%s' % ((1, 2),), '%s %s' % (1, 2)
'%x' % -255, '%#x' % -255, '%o' % -8, '%d' % True, '%x' % True, '%.2f' % 2, '%d' % 10**30, '%x' % 10**30, '%10.4f|' % -1.5, '%#.0f' % 1, '%#g' % 1
'%s %s' % (1,)
'%s' % (1, 2)
'%d' % 'x'
'%x' % 1.5
'%c' % 'ab'
'%c' % 0x110000
'%(a)s' % (1,)
'%(a)s' % {}
'%z' % 1
'%' % ()
'%s %(a)s' % {'a': 1}
'%*s' % ('a', 'b')
'%d' % None
'%i' % '1'
'%c' % 1.5
'%.1000f' % 1 if False else len('%.300f' % 1)
'%s' % {'a': 1}, '%s%%' % 5, '%r' % {'k': 'v'}, '%-6.2e|' % 12345.678, '% 5.1f' % -0.05, '%+.0e' % 15
'%d%%' % 50, 'a' % (), '%s' % ''
'a' % 5
'a' % 'b'
'a' % []
'%(x)d' % {'x': 3.7}, '%(x)*d' % {'x': 1} if False else 0
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
