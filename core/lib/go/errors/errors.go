// Package errors: creating, wrapping and inspecting errors (Go 1.23 API).
//
// Go code with three natives (natives_errors.cpp) standing in for Go's
// internal/reflectlite:
//
//	errors.isComparable(v any) bool          v's dynamic type supports ==
//	errors.checkAsTarget(target any)         As's argument checks, with Go's panics
//	errors.assignTo(err error, target any) bool
//	    if err's dynamic type is assignable to *target's type (identical, or
//	    an interface it implements), stores err there and returns true
package errors

// New returns an error whose Error method returns text; each call returns a
// distinct error.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// ErrUnsupported reports that an operation is not supported.
var ErrUnsupported = New("unsupported operation")

// Unwrap returns err's Unwrap() error result, or nil (Unwrap() []error
// methods are not followed).
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree equals target or has an
// Is(error) bool method that says it matches. The tree is walked depth
// first, following Unwrap() error and Unwrap() []error.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target, isComparable(target))
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// As finds the first error in err's tree that is assignable to the value
// target points to, or that has an As(any) bool method returning true, and
// reports whether it found one (storing it in *target in the first case).
// It panics if target is not a non-nil pointer to an interface or to a
// type implementing error.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	checkAsTarget(target)
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if assignTo(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err == nil {
					continue
				}
				if as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

func isComparable(v any) bool
func checkAsTarget(target any)
func assignTo(err error, target any) bool

// Join returns an error wrapping the non-nil errs (nil if there are none);
// its message is theirs, one per line.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
