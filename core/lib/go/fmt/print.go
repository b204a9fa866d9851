// Package fmt: formatted printing and scanning (Go 1.23 API; scanning is in
// scan.go).
//
// The formatting itself is native (natives_fmt.cpp over core/lib/fmt_printer),
// with Go 1.23's exact output: verbs, flags, argument indexes, %!verb errors,
// Error/String/GoString methods (a panic inside one is reported inline),
// sorted map keys. Natives:
//
//	fmt.Sprintf, fmt.Sprint, fmt.Sprintln
//	fmt.Printf, fmt.Print, fmt.Println   format and write to standard output
//	                                    (the host's fd 1, directly: assigning
//	                                    os.Stdout does not redirect them)
//	fmt.errorf(format string, a []any) (string, []int)
//	    Errorf's formatting; also returns the operand indexes of its %w verbs
//	fmt.scanTarget, fmt.store*           scanning's stand-ins for reflection
//
// The Fprint family writes the formatted bytes with one w.Write call.
//
// Not supported: the Formatter interface (a Format method is ignored and
// the value printed as if it had none).
package fmt

import (
	"io"
	"strconv"
	"unicode/utf8"
)

// Stringer is implemented by values that have a natural string form, used
// by %v and the Print functions.
type Stringer interface {
	String() string
}

// GoStringer is implemented by values that define their %#v form.
type GoStringer interface {
	GoString() string
}

// State is what a Formatter's Format method receives.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by values with a custom formatter (not used by
// Goroscope's printer, see the package comment).
type Formatter interface {
	Format(f State, verb rune)
}

// Sprintf formats according to a format specifier.
func Sprintf(format string, a ...any) string

// Sprint formats its operands with %v, adding spaces between operands when
// neither is a string.
func Sprint(a ...any) string

// Sprintln formats its operands with %v, spaces between them and a newline
// at the end.
func Sprintln(a ...any) string

// Printf formats to standard output.
func Printf(format string, a ...any) (n int, err error)

// Print formats to standard output as Sprint does.
func Print(a ...any) (n int, err error)

// Println formats to standard output as Sprintln does.
func Println(a ...any) (n int, err error)

// Fprintf formats to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// Fprint formats to w as Sprint does.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Fprintln formats to w as Sprintln does.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Appendf formats and appends to b.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// Append formats as Sprint does and appends to b.
func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

// Appendln formats as Sprintln does and appends to b.
func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

// FormatString rebuilds the directive (such as "%-8.2f") that a State
// describes.
func FormatString(state State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = strconv.AppendInt(b, int64(w), 10)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(p), 10)
	}
	b = utf8.AppendRune(b, verb)
	return string(b)
}
