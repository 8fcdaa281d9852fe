# os.environ as a mapping that writes through to the process environment.
import os
os.environ['KRAIT_TEST_A'] = 'one'
print(os.environ['KRAIT_TEST_A'], 'KRAIT_TEST_A' in os.environ, os.getenv('KRAIT_TEST_A'))
print(os.environ.get('KRAIT_TEST_NOPE'), os.getenv('KRAIT_TEST_NOPE', 'dflt'))
os.environ['KRAIT_TEST_A'] = 'two'
print(os.environ['KRAIT_TEST_A'], os.environb[b'KRAIT_TEST_A'])
del os.environ['KRAIT_TEST_A']
print('KRAIT_TEST_A' in os.environ, os.environ.pop('KRAIT_TEST_A', 'gone'))
try:
    os.environ['KRAIT_TEST_NOPE']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['KRAIT_X'] = 5
except TypeError as e:
    print('TypeError', e)
os.environ.setdefault('KRAIT_TEST_B', 'b')
os.environ.update(KRAIT_TEST_C='c')
print(os.environ['KRAIT_TEST_B'], os.environ['KRAIT_TEST_C'])
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
print(type(os.environ).__name__, isinstance(dict(os.environ), dict))
os.environb[b'KRAIT_TEST_D'] = b'd'
print(os.environ['KRAIT_TEST_D'])
os.putenv('KRAIT_TEST_E', 'e')
os.unsetenv('KRAIT_TEST_E')
try:
    os.putenv('A=B', 'x')
except ValueError as e:
    print('ValueError', e)
