# Richards: Martin Richards' simulation of an operating-system task scheduler
# (one idle task, one worker, two handlers, two devices exchanging packets).
# Method calls and attribute reads/writes on small objects dominate.
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(1, 7)
KIND_DEVICE, KIND_WORK = 0, 1
BUF_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUF_SIZE

    def append_to(self, queue):
        # Puts this packet at the end of `queue`; returns the new head.
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, system, ident, priority, queue, waiting):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.has_packet = queue is not None
        self.waiting = waiting
        self.held = False
        self.next = system.tasks
        system.tasks = self
        system.table[ident] = self

    def blocked(self):
        return self.held or (self.waiting and not self.has_packet)

    def take(self, packet, sender):
        # Queues `packet` here; returns the task to run next.
        if self.queue is None:
            self.queue = packet
            self.has_packet = True
            if self.priority > sender.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return sender

    def step(self):
        packet = None
        if self.waiting and self.has_packet and not self.held:
            packet = self.queue
            self.queue = packet.link
            self.waiting = False
            self.has_packet = self.queue is not None
        return self.run(packet)


class IdleTask(Task):
    def __init__(self, system, count):
        Task.__init__(self, system, IDLE, 0, None, False)
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.system.hold()
        if self.control & 1:
            self.control = (self.control >> 1) ^ 0xD008
            return self.system.release(DEVICE_B)
        self.control >>= 1
        return self.system.release(DEVICE_A)


class WorkerTask(Task):
    def __init__(self, system, queue):
        Task.__init__(self, system, WORKER, 1000, queue, True)
        self.target = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.system.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        packet.ident = self.target
        packet.datum = 0
        for i in range(BUF_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = 64 + self.letter
        return self.system.send(packet)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue, True)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            n = work.datum
            if n < BUF_SIZE:
                device = self.devices
                if device is not None:
                    self.devices = device.link
                    device.datum = work.data[n]
                    work.datum = n + 1
                    return self.system.send(device)
            else:
                self.work = work.link
                return self.system.send(work)
        return self.system.wait()


class DeviceTask(Task):
    def __init__(self, system, ident, priority):
        Task.__init__(self, system, ident, priority, None, True)
        self.pending = None

    def run(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.system.wait()
            self.pending = None
            return self.system.send(pending)
        self.pending = packet
        return self.system.hold()


class System:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 7
        self.current = None
        self.sent = 0
        self.holds = 0

    def hold(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        task = self.table[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def wait(self):
        self.current.waiting = True
        return self.current

    def send(self, packet):
        target = self.table[packet.ident]
        self.sent += 1
        packet.link = None
        packet.ident = self.current.ident
        return target.take(packet, self.current)

    def schedule(self):
        task = self.tasks
        while task is not None:
            if task.blocked():
                task = task.next
            else:
                self.current = task
                task = task.step()


def packets(ident, kind, n):
    queue = None
    for _ in range(n):
        queue = Packet(queue, ident, kind)
    return queue


def richards(count):
    system = System()
    IdleTask(system, count)
    WorkerTask(system, packets(0, KIND_WORK, 2))
    HandlerTask(system, HANDLER_A, 2000, packets(DEVICE_A, KIND_DEVICE, 3))
    HandlerTask(system, HANDLER_B, 3000, packets(DEVICE_B, KIND_DEVICE, 3))
    DeviceTask(system, DEVICE_A, 4000)
    DeviceTask(system, DEVICE_B, 5000)
    system.schedule()
    return system.sent, system.holds


results = set()
for _ in range(40):
    results.add(richards(10000))
print(sorted(results))
