package fmt

import "errors"

func errorf(format string, a []any) (string, []int)

// Errorf formats like Sprintf and returns the result as an error. With one
// %w verb (whose operand should be an error) the error is a *wrapError
// whose Unwrap returns that operand; with several, a *wrapErrors whose
// Unwrap returns them all (in operand order, once each); with none, the
// errors.New of the text.
func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	// Go sorts the operand indexes (they are out of order only when the
	// format uses explicit [n] indexes). The list is short: insertion sort
	// keeps fmt independent of package slices.
	for i := 1; i < len(wrapped); i++ {
		for j := i; j > 0 && wrapped[j] < wrapped[j-1]; j-- {
			wrapped[j], wrapped[j-1] = wrapped[j-1], wrapped[j]
		}
	}
	var errs []error
	for i, argNum := range wrapped {
		if i > 0 && wrapped[i-1] == argNum {
			continue
		}
		if e, ok := a[argNum].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}
