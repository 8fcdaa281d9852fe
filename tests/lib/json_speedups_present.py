import json.decoder, json.encoder, json.scanner
import _json
print(json.decoder.scanstring is _json.scanstring, json.scanner.make_scanner is _json.make_scanner)
print(json.encoder.c_make_encoder is _json.make_encoder, json.encoder.encode_basestring_ascii is _json.encode_basestring_ascii)
print(type(json.JSONDecoder().scan_once).__name__, _json.make_scanner.__name__, _json.make_encoder.__name__)
