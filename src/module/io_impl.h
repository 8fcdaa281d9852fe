// SPDX-License-Identifier: MIT
// Shared declarations of the _io module's files: object layouts, the static
// types and the helpers every layer (raw, buffered, text) uses.
#ifndef KR_IO_IMPL_H
#define KR_IO_IMPL_H

#include <stdbool.h>
#include <stdint.h>

#include "../object/object.h"

#define KR_IO_DEFAULT_BUFFER_SIZE 8192

// The head of every _io object: the instance __dict__ (CPython's io objects
// have one: open() stores `mode` there) and _IOBase's own closed flag (its
// `__IOBase_closed`), which only the generic close() uses.
typedef struct KrIOBase {
    KrObject base;
    KrObject *dict;
    bool iobase_closed;
    bool finalizing; // dealloc is running close(): don't run it twice
} KrIOBase;

// FileIO: a file descriptor.
typedef struct KrFileIO {
    KrIOBase head;
    int fd; // -1 once closed
    bool readable, writable, appending, created, closefd;
    signed char seekable; // -1: not known yet
} KrFileIO;

// BufferedReader / BufferedWriter / BufferedRandom over one raw stream. The
// read buffer holds raw bytes ahead of the logical position (rbuf[rpos..rlen));
// the write buffer holds bytes not yet written at the raw position. At most
// one of them is non-empty.
typedef struct KrBuffered {
    KrIOBase head;
    KrObject *raw;
    bool ok;       // __init__ ran
    bool detached;
    bool can_read, can_write;
    intptr_t size; // buffer_size
    char *rbuf;
    intptr_t rpos, rlen;
    char *wbuf;
    intptr_t wlen;
} KrBuffered;

// BufferedRWPair: a reader and a writer over two raw streams.
typedef struct KrRWPair {
    KrIOBase head;
    KrObject *reader, *writer;
} KrRWPair;

// BytesIO: a growable byte buffer with a position (may be past the end).
typedef struct KrBytesIO {
    KrIOBase head;
    char *buf;
    intptr_t size, alloc, pos;
    intptr_t exports; // live getbuffer() views: the buffer may not move
    bool closed;
} KrBytesIO;

// Newline handling shared by StringIO and TextIOWrapper (CPython's rules):
// newline=None translates \r and \r\n to \n on input; '' splits lines at any
// of them untranslated; '\n', '\r', '\r\n' end lines with that string only,
// and output translates '\n' to it (except '\n' itself).
typedef struct KrNewlineMode {
    bool readuniversal;   // any of \r, \n, \r\n ends a line
    bool readtranslate;   // \r and \r\n become \n on input
    const char *readnl;   // the one line ending when not universal
    const char *writenl;  // what '\n' becomes on output; NULL: unchanged
    int seennl;           // KR_IO_SEEN_* seen so far (the `newlines` attribute)
} KrNewlineMode;

enum { KR_IO_SEEN_LF = 1, KR_IO_SEEN_CR = 2, KR_IO_SEEN_CRLF = 4 };

// StringIO: code points with a position.
typedef struct KrStringIO {
    KrIOBase head;
    uint32_t *buf;
    intptr_t size, alloc, pos;
    KrNewlineMode nl;
    bool pendingcr; // newline=None: a '\r' ended the last write
    bool ok, closed;
} KrStringIO;

// TextIOWrapper over a buffered binary stream. Decoded text not consumed
// yet is kept untranslated (decoded[decoded_pos:]), so tell() can count
// its bytes; pending holds the bytes of an incomplete UTF-8 sequence.
typedef struct KrTextIO {
    KrIOBase head;
    KrObject *buffer;
    KrObject *encoding, *errors; // str
    KrObject *newline_obj;       // the newline argument (None or str)
    int codec;                   // KR_IO_CODEC_*
    KrNewlineMode nl;
    bool line_buffering, write_through;
    bool ok, detached;
    bool eof;                    // the buffer returned b''
    KrObject *decoded;           // str or NULL
    intptr_t decoded_pos;
    char pending[4];
    int npending;
    intptr_t chunk_size;
    // buffer.readable() / writable() / seekable(), asked once (-1: not yet).
    signed char can_read, can_write, can_seek;
} KrTextIO;

// The first three agree on ASCII text; the UTF-16/32 ones are fixed-width (no BOM).
enum {
    KR_IO_CODEC_UTF8,
    KR_IO_CODEC_LATIN1,
    KR_IO_CODEC_ASCII,
    KR_IO_CODEC_UTF16LE,
    KR_IO_CODEC_UTF16BE,
    KR_IO_CODEC_UTF32LE,
    KR_IO_CODEC_UTF32BE
};

// IncrementalNewlineDecoder.
typedef struct KrNLDecoder {
    KrObject base;
    KrObject *decoder; // None or an object with decode(input, final)
    KrObject *errors;
    bool translate, pendingcr;
    int seennl;
} KrNLDecoder;

extern KrType kr_io_iobase_type, kr_io_rawiobase_type, kr_io_bufferediobase_type, kr_io_textiobase_type;
extern KrType kr_io_fileio_type, kr_io_bytesio_type, kr_io_bytesiobuf_type, kr_io_stringio_type;
extern KrType kr_io_bufferedreader_type, kr_io_bufferedwriter_type, kr_io_bufferedrandom_type;
extern KrType kr_io_bufferedrwpair_type, kr_io_textiowrapper_type, kr_io_nldecoder_type;

// ---- io_module.c: errors and argument helpers

// io.UnsupportedOperation (created once per interpreter; borrowed).
KrObject *kr_io_module_unsupported(KrThread *ts);
// Raises UnsupportedOperation(msg); returns NULL.
KrObject *kr_io_module_raise_unsupported(KrThread *ts, const char *msg);
// Raises the OSError subclass for a negative port result (-errno), with
// `filename` (may be NULL); returns NULL.
KrObject *kr_io_module_raise_errno(KrThread *ts, int64_t neg_err, KrObject *filename);
// Raises ValueError("I/O operation on closed file."); returns NULL.
KrObject *kr_io_module_closed_error(KrThread *ts);
// An optional size argument (None or missing: -1) as a C integer;
// KR_IO_SIZE_ERR with an exception set on error.
#define KR_IO_SIZE_ERR INT64_MIN
int64_t kr_io_module_size_arg(KrThread *ts, KrObject *o);
// The truth of self.closed (-1 on error).
int kr_io_module_is_closed(KrThread *ts, KrObject *self);
// Writable contiguous memory of a bytearray or writable memoryview; -1 with TypeError otherwise.
int kr_io_module_writable_buffer(KrThread *ts, KrObject *o, char **p, intptr_t *n);
// Dealloc helper for io objects: runs close() once when the object isn't
// closed (as CPython's IOBase finalizer does); true when resurrected.
bool kr_io_module_finalize(KrThread *ts, KrObject *self);
// Runs close() once unless the object is closed or finalized already; for the
// clear slots, so cyclic garbage is flushed before its references go.
void kr_io_module_close_once(KrThread *ts, KrObject *self);

// ---- io_iobase.c
// The new_ slot of every io type: a zeroed instance.
KrObject *kr_io_iobase_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames);
// traverse / clear of the KrIOBase head (the instance dict).
void kr_io_iobase_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg);
int kr_io_iobase_clear(KrThread *ts, KrObject *o);
// Pickling of BytesIO/StringIO: the instance dict for __getstate__ (a copy, or
// None when empty); set_state checks a state n-tuple ending (..., pos, dict)
// with CPython's messages (pos_msg/dict_msg take the offending type name);
// set_state_dict merges that dict (or None) into the instance's.
KrObject *kr_io_iobase_state_dict(KrThread *ts, KrObject *self);
int kr_io_iobase_set_state(KrThread *ts, KrObject *self, KrObject *state, intptr_t n, const char *pos_msg,
                           const char *dict_msg);
int kr_io_iobase_set_state_dict(KrThread *ts, KrObject *self, KrObject *d);
// The generic readline of _IOBase (over peek/read), for a limit (-1: none).
KrObject *kr_io_iobase_readline(KrThread *ts, KrObject *self, int64_t limit);

// ---- io_fileio.c
// os.fspath(file): a str or bytes as is, else __fspath__()'s result (new ref).
KrObject *kr_io_fileio_fspath(KrThread *ts, KrObject *file);
// FileIO(file, mode, closefd, opener) for open().
KrObject *kr_io_fileio_open(KrThread *ts, KrObject *file, const char *mode, bool closefd, KrObject *opener);
// Reads up to n bytes from fd into buf (raises on error, -1); -2 means EAGAIN.
int64_t kr_io_fileio_read_raw(KrThread *ts, KrFileIO *f, char *buf, intptr_t n);

// ---- io_bufferedio.c
KrObject *kr_io_bufferedio_new(KrThread *ts, KrType *type, KrObject *raw, intptr_t size);
// Whether a buffered object over a FileIO is closed, without calling
// Python: 0/1, or -1 when it isn't such a pair (ask its `closed`).
int kr_io_bufferedio_closed_fast(KrObject *o);
// Writes bytes to an exact BufferedWriter/BufferedRandom as its write()
// would (-1 on error); -2 when `o` is some other object (call its write()).
int kr_io_bufferedio_write_fast(KrThread *ts, KrObject *o, const char *p, intptr_t n);

// ---- io_newline.c: newline translation shared by StringIO and TextIOWrapper
// Fills `nl` from the newline argument (NULL/None, '', '\n', '\r', '\r\n');
// -1 with ValueError/TypeError as CPython.
int kr_io_newline_parse(KrThread *ts, KrObject *newline, KrNewlineMode *nl);
// The `newlines` attribute value for the KR_IO_SEEN_* bits (new ref).
KrObject *kr_io_newline_seen(KrThread *ts, int seennl);
// '\n' in s replaced by writenl (new ref; s itself when nothing changes).
KrObject *kr_io_newline_write(KrThread *ts, KrObject *s, const char *writenl);
// Translates \r\n and \r to \n in s, recording what was seen; a trailing
// '\r' is held back in *pendingcr unless final (new ref).
KrObject *kr_io_newline_translate(KrThread *ts, KrObject *s, bool translate, bool final, bool *pendingcr,
                                  int *seennl);
// The end of the first line in cps[start..n): the index just past its line
// ending, or -1 when none is complete (a '\r' at the very end is incomplete
// in universal mode unless at_eof).
intptr_t kr_io_newline_find(const KrNewlineMode *nl, unsigned kind, const void *data, intptr_t start, intptr_t n,
                            bool at_eof);

// ---- io_textio.c
KrObject *kr_io_textio_wrap(KrThread *ts, KrObject *buffer, KrObject *encoding, KrObject *errors, KrObject *newline,
                            bool line_buffering);

#endif
