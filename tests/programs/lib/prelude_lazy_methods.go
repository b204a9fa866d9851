// Lazily checked prelude (docs/architecture.md, "Only what the program
// reaches"): prelude methods reached only through method values and
// expressions, interfaces, embedding, sort/errors/bufio/context internals,
// generic prelude code and fmt calling String on values it was given.
package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"math/rand"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
)

type W struct{ *strings.Builder }

type stringerish interface{ String() string }

func main() {
	f := time.Duration.String
	fmt.Println(f(1500 * time.Millisecond))
	g := (*strings.Builder).WriteString
	var b strings.Builder
	g(&b, "built")
	fmt.Println(b.String())
	var r io.Reader = strings.NewReader("one\ntwo\n")
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Println("line:", sc.Text())
	}
	w := W{&strings.Builder{}}
	var iw io.Writer = w
	fmt.Fprint(iw, "promoted")
	fmt.Println(w.String())
	err := fmt.Errorf("wrap: %w", os.ErrNotExist)
	fmt.Println(errors.Is(err, os.ErrNotExist), err)
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe))
	xs := []string{"b", "c", "a"}
	sort.Sort(sort.Reverse(sort.StringSlice(xs)))
	fmt.Println(xs)
	var once sync.Once
	for i := 0; i < 2; i++ {
		once.Do(func() { fmt.Println("once") })
	}
	var m sync.Map
	m.Store("k", 1)
	m.Range(func(k, v any) bool { fmt.Println(k, v); return true })
	var n atomic.Int64
	n.Add(5)
	fmt.Println(n.Load())
	ys := []int{3, 1, 2}
	slices.SortFunc(ys, func(a, b int) int { return b - a })
	fmt.Println(ys, slices.Sorted(maps.Keys(map[string]int{"z": 1, "y": 2})))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err())
	_, e := strconv.Atoi("x")
	fmt.Println(e)
	var ne *strconv.NumError
	fmt.Println(errors.As(e, &ne), ne.Func)
	tm := time.NewTimer(time.Millisecond)
	<-tm.C
	tk := time.NewTicker(time.Millisecond)
	<-tk.C
	tk.Stop()
	select {
	case <-time.After(time.Millisecond):
		fmt.Println("after")
	}
	var s stringerish = time.Month(3)
	fmt.Println(s.String(), time.Weekday(1))
	fmt.Printf("%v %T\n", time.Unix(0, 0).UTC(), time.Unix(0, 0))
	rng := rand.New(rand.NewSource(1))
	_ = rng.Intn(10)
	fmt.Println(unicode.IsUpper('A'), strings.Map(unicode.ToUpper, "abc"))
	var any1 any = time.Second
	if st, ok := any1.(fmt.Stringer); ok {
		fmt.Println("stringer", st)
	}
	fmt.Println(strings.NewReplacer("a", "b").Replace("aaa"), strings.Fields(" x  y "))
	var buf strings.Builder
	bw := bufio.NewWriter(&buf)
	fmt.Fprintf(bw, "%08.3f|%x|%q", 3.14159, 255, "q")
	bw.Flush()
	fmt.Println(buf.String())
}
