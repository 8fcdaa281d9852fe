# to_bytes of small values around every size and sign boundary, with the OverflowError messages
for v in (-1, -2, -128, -129, -256, -257, -65536, -2**63, -2**64, 0, 1, 127, 128, 255, 256):
  for n in (0, 1, 2):
    for sg in (True, False):
      try: r = v.to_bytes(n, 'big', signed=sg)
      except OverflowError as e: r = 'OF ' + str(e)
      print(v, n, sg, r)
