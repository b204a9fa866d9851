// Пример 5 из конспекта: стек горутины растёт при глубокой рекурсии.
//
// Стек горутины начинается с 2 КБ и удваивается, когда кадру не хватает
// места. Глубокая рекурсия с локальным массивом в каждом кадре заставляет
// стек вырасти во много раз. Печатаем только результаты (не адреса).
package main

import "fmt"

// sumTo считает 1+2+...+n рекурсивно; массив делает кадр крупнее.
func sumTo(n int) int {
	var pad [8]int
	pad[n%8] = n
	if n == 0 {
		return 0
	}
	return pad[n%8] + sumTo(n-1)
}

// depth возвращает глубину рекурсии, пройдя через строки и срезы.
func depth(s []string, n int) int {
	if n == 0 {
		return len(s)
	}
	return depth(append(s, "x"), n-1)
}

func main() {
	for _, n := range []int{10, 1000, 100000} {
		fmt.Printf("sumTo(%d) = %d\n", n, sumTo(n))
	}

	// Та же рекурсия в новой горутине: её стек тоже начинается маленьким.
	done := make(chan int)
	go func() {
		done <- sumTo(200000)
	}()
	fmt.Println("в горутине: sumTo(200000) =", <-done)

	fmt.Println("depth =", depth(nil, 50000))
}
