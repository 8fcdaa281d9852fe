import signal
print(int(signal.SIGINT), int(signal.SIGTERM), int(signal.SIG_DFL), int(signal.SIG_IGN))
print(signal.Signals.SIGINT.name, signal.Signals(15).name, signal.Handlers.SIG_IGN.name)
print(callable(signal.default_int_handler))  # SIGINT's handler depends on how the test was started
def h(signum, frame):
    pass
old = signal.signal(signal.SIGUSR1, h)
print(old.name, signal.getsignal(signal.SIGUSR1) is h)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is h, signal.getsignal(signal.SIGUSR1).name)
for bad in [0, 1000]:
    try:
        signal.getsignal(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    signal.signal(signal.SIGUSR1, 42.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
