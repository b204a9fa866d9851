// Package iter: the iterator function types of Go 1.23's range-over-func.
// Entirely Go. iter.Pull and iter.Pull2 are not provided (they need
// coroutines, which Goroscope does not implement yet).
package iter

// Seq yields a sequence of single values; yield returns false to stop early.
type Seq[V any] func(yield func(V) bool)

// Seq2 yields a sequence of pairs.
type Seq2[K, V any] func(yield func(K, V) bool)
