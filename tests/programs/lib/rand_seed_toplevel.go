package main

import (
	"fmt"
	"math/rand"
)

func main() {
	rand.Seed(7)
	fmt.Println(rand.Intn(10), rand.Intn(10), rand.Intn(10), rand.Intn(1000))
	fmt.Println(rand.Int63(), rand.Int31n(100), rand.Int63n(1<<40))
	fmt.Printf("%.8f %.8f\n", rand.Float64(), rand.Float64())
	fmt.Println(rand.Perm(5))
	xs := []string{"a", "b", "c", "d", "e", "f"}
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)
	rand.Seed(7)
	fmt.Println(rand.Intn(10), rand.Intn(10), rand.Intn(10), rand.Intn(1000))
	r := rand.New(rand.NewSource(7))
	fmt.Println(r.Intn(10), r.Intn(10), r.Intn(10), r.Intn(1000))
}
