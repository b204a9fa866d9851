package main

import (
	"fmt"
	"math/rand"
	"slices"
)

func main() {
	r := rand.New(rand.NewSource(99))
	deck := []string{}
	for _, suit := range []string{"♠", "♥"} {
		for _, rank := range []string{"A", "K", "Q", "J", "10"} {
			deck = append(deck, rank+suit)
		}
	}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
	hand := deck[:3]
	fmt.Println("hand:", hand)
	p := r.Perm(10)
	fmt.Println(p)
	sorted := slices.Clone(p)
	slices.Sort(sorted)
	fmt.Println(sorted)
	fmt.Println(r.Perm(0), r.Perm(1))
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	r.Shuffle(len(nums), func(i, j int) { nums[i], nums[j] = nums[j], nums[i] })
	fmt.Println(nums)
	// Reservoir-sample 3 items from a stream of 20.
	reservoir := make([]int, 3)
	for i := 0; i < 20; i++ {
		if i < 3 {
			reservoir[i] = i
		} else if j := r.Intn(i + 1); j < 3 {
			reservoir[j] = i
		}
	}
	fmt.Println(reservoir)
	walk := 0
	for i := 0; i < 20; i++ {
		if r.Intn(2) == 0 {
			walk--
		} else {
			walk++
		}
		fmt.Print(walk, " ")
	}
	fmt.Println()
}
