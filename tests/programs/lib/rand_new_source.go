package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Int63(), r.Int31(), r.Uint32(), r.Uint64())
	fmt.Println(r.Int63n(1000000), r.Int31n(10), r.Int())
	for i := 0; i < 3; i++ {
		fmt.Printf("%.6f %v\n", r.Float64(), r.Float32())
	}
	fmt.Println(r.Perm(8))
	r2 := rand.New(rand.NewSource(42))
	r3 := rand.New(rand.NewSource(42))
	same := true
	for i := 0; i < 100; i++ {
		if r2.Int63() != r3.Int63() {
			same = false
		}
	}
	fmt.Println("same sequence:", same)
	r4 := rand.New(rand.NewSource(-7))
	fmt.Println(r4.Intn(1000), r4.Intn(1000), r4.Intn(1000))
	src := rand.NewSource(1)
	fmt.Println(src.Int63(), src.Int63())
	src.Seed(1)
	fmt.Println(src.Int63())
	dice := map[int]int{}
	r5 := rand.New(rand.NewSource(2024))
	for i := 0; i < 600; i++ {
		dice[r5.Intn(6)+1]++
	}
	fmt.Println(dice)
	fmt.Printf("%.4f %.4f\n", r5.NormFloat64(), r5.ExpFloat64())
}
