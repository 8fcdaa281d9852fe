# Quoted-printable: a2b_qp / b2a_qp with header, quotetabs, istext and long lines.
import binascii
print(binascii.b2a_qp(b"hello = world\t\nline two \n" + b"x" * 100 + b"\xff."))
print(binascii.b2a_qp(b"a b_c", header=True), binascii.b2a_qp(b"a\tb c", quotetabs=True), binascii.b2a_qp(b"a\r\nb\n", istext=False))
print(binascii.b2a_qp(b"crlf \r\nline\r\n"), binascii.b2a_qp(b".\n.x"), binascii.b2a_qp(b"end "), binascii.b2a_qp(b"\x00\x7f"))
print(binascii.a2b_qp(b"hello =3D world=\nnext=41_x", header=True), binascii.a2b_qp(b"=zz="), binascii.a2b_qp("soft=\r\nbreak"), binascii.a2b_qp(b"a=4"))
for s in [b"caf\xc3\xa9 = ok", b"tab\there", b"=" * 30]:
    print(binascii.a2b_qp(binascii.b2a_qp(s)) == s)
