// Пример 6 из конспекта: значение неизвестного размера уходит в кучу.
//
// Размер среза n вычисляется во время выполнения, поэтому компилятор не
// может разместить make([]int, n) в кадре функции: память выделяется в куче.
// Так же в кучу уходит локальная переменная, адрес которой возвращается.
// Печатаем только результаты.
package main

import "fmt"

func computeSize(k int) int {
	n := 1
	for i := 0; i < k; i++ {
		n = n*3 + 1
	}
	return n
}

func newCounter(start int) *int {
	c := start // переживает вызов: уходит в кучу
	return &c
}

func main() {
	n := computeSize(6)
	data := make([]int, n)
	for i := range data {
		data[i] = i * i
	}
	sum := 0
	for _, v := range data {
		sum += v
	}
	fmt.Println("n =", n, "len =", len(data), "cap =", cap(data))
	fmt.Println("sum of squares =", sum)
	fmt.Println("last =", data[len(data)-1])

	p := newCounter(41)
	*p++
	fmt.Println("counter =", *p)

	grid := make([][]byte, computeSize(1))
	for i := range grid {
		grid[i] = make([]byte, i+1)
		for j := range grid[i] {
			grid[i][j] = '*'
		}
		fmt.Println(string(grid[i]))
	}
}
