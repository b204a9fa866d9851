// Package os: the process's standard streams, arguments, environment and
// exit (a small part of Go's os package: there is no file system).
//
// Natives (natives_os.cpp):
//
//	os.writeFd(fd int, b []byte) int          writes to the host (1 stdout, 2 stderr)
//	os.writeFdString(fd int, s string) int
//	os.runArgs() []string                     the program's arguments (vm options)
//	os.Exit(code int)                         ends the program at once; deferred calls do not run
//	os.readStdin(b []byte) (n int, eof bool)  standard input; blocks ("IO wait") until some arrives
package os

import (
	"errors"
	"io"
)

// Errors of the os package (only those that can happen here).
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

var errBadFd = errors.New("bad file descriptor")

// PathError records an error and the operation and file that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// File is an open stream: only the three standard ones exist.
type File struct {
	fd     int
	name   string
	closed bool
}

var (
	Stdin  = &File{fd: 0, name: "/dev/stdin"}
	Stdout = &File{fd: 1, name: "/dev/stdout"}
	Stderr = &File{fd: 2, name: "/dev/stderr"}
)

// Args holds the command-line arguments, starting with the program name.
var Args []string = runArgs()

func runArgs() []string

func writeFd(fd int, b []byte) int

func writeFdString(fd int, s string) int

func readStdin(b []byte) (n int, eof bool)

// Exit ends the program with the given status; deferred functions do not run.
func Exit(code int)

// Name returns the file's name.
func (f *File) Name() string { return f.name }

// Fd returns the file descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// checkWrite returns the error a write to f fails with, or nil.
func (f *File) checkWrite() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	if f.fd != 1 && f.fd != 2 {
		return &PathError{Op: "write", Path: f.name, Err: errBadFd}
	}
	return nil
}

// Write writes b to the file.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkWrite(); err != nil {
		return 0, err
	}
	return writeFd(f.fd, b), nil
}

// WriteString writes s to the file.
func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkWrite(); err != nil {
		return 0, err
	}
	return writeFdString(f.fd, s), nil
}

// Read reads up to len(b) bytes from the file (only standard input can be
// read). It returns what has arrived so far, waiting if nothing has, and
// io.EOF at the end of the input.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &PathError{Op: "read", Path: f.name, Err: ErrClosed}
	}
	if f.fd != 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errBadFd}
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, eof := readStdin(b)
	if eof {
		return 0, io.EOF
	}
	return n, nil
}

// Close closes the file; later writes fail.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	return nil
}

// Sync does nothing: writes are not buffered.
func (f *File) Sync() error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

// The environment starts empty; Setenv and friends change this in-memory
// copy, kept as "key=value" strings in the order they were set.
var env []string

func envIndex(key string) int {
	for i, kv := range env {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return i
		}
	}
	return -1
}

// Getenv returns the value of the environment variable key, or "".
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv returns the value of key and whether it is set.
func LookupEnv(key string) (string, bool) {
	if i := envIndex(key); i >= 0 {
		return env[i][len(key)+1:], true
	}
	return "", false
}

// Setenv sets the environment variable key.
func Setenv(key, value string) error {
	if len(key) == 0 {
		return &SyscallError{Syscall: "setenv", Err: ErrInvalid}
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return &SyscallError{Syscall: "setenv", Err: ErrInvalid}
		}
	}
	kv := key + "=" + value
	if i := envIndex(key); i >= 0 {
		env[i] = kv
	} else {
		env = append(env, kv)
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	if i := envIndex(key); i >= 0 {
		env = append(env[:i], env[i+1:]...)
	}
	return nil
}

// Clearenv removes every environment variable.
func Clearenv() { env = nil }

// Environ returns a copy of the environment as "key=value" strings.
func Environ() []string { return append([]string{}, env...) }

// SyscallError records an error from a system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// Getpid returns a fixed process id.
func Getpid() int { return 1 }

// Hostname returns a fixed host name.
func Hostname() (name string, err error) { return "goroscope", nil }
