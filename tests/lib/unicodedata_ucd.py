import unicodedata as u
print(u.ucd_3_2_0.unidata_version, type(u.ucd_3_2_0).__name__, u.UCD.__name__)
print(u.ucd_3_2_0.category('a'), u.ucd_3_2_0.normalize('NFKC', '\ufb01'), u.ucd_3_2_0.bidirectional('\u05d0'))
import stringprep
print(stringprep.in_table_a1('\u0221'), stringprep.in_table_b1('\u00ad'), stringprep.map_table_b2('\u00c5'))
for n in ('LATIN SMALL LETTER A', 'LATIN CAPITAL LETTER GHA', 'KEYCAP NUMBER SIGN', 'HANGUL SYLLABLE GAG'):
    try:
        print(ascii(u.ucd_3_2_0.lookup(n)), ascii(u.lookup(n)))
    except KeyError as e:
        print('KeyError', e)
print(u.ucd_3_2_0.name('\u0221', None), u.ucd_3_2_0.category('\u0221'), repr(u.ucd_3_2_0.decomposition('\u1e9b')))
