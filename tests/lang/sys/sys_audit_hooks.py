# sys.addaudithook / sys.audit: hooks get (event, args) in the order added; an
# existing hook that raises RuntimeError on "sys.addaudithook" refuses new hooks.
import sys

events = []


def hook(event, args):
    if event.startswith('krait.test') or event == 'sys.addaudithook':
        events.append((event, args))


sys.addaudithook(hook)
sys.audit('krait.test.one')
sys.audit('krait.test.two', 1, 'a', [3])
print(events)


def second(event, args):
    if event.startswith('krait.test'):
        events.append(('second', event))


events.clear()
print(sys.addaudithook(second))
sys.audit('krait.test.three', None)
print(events)


def guard(event, args):
    if event == 'sys.addaudithook':
        raise RuntimeError('no more hooks')


sys.addaudithook(guard)
events.clear()
print(sys.addaudithook(lambda e, a: events.append('never')))
sys.audit('krait.test.four')
print(events)

for bad in [(), (1,)]:
    try:
        sys.audit(*bad)
    except TypeError as e:
        print(e)
try:
    sys.audit(event='x')
except TypeError as e:
    print(e)


def failing(event, args):
    if event == 'krait.test.fail':
        raise ValueError('audit says no')


sys.addaudithook(failing)
try:
    sys.audit('krait.test.fail', 5)
except ValueError as e:
    print('ValueError', e)
