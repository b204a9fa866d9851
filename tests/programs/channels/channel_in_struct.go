// Channels stored in struct fields and slices: an event bus with one
// channel per subscriber. Each subscriber's buffer receives every event.
package main

import "fmt"

type subscriber struct {
	name string
	ch   chan string
}

type bus struct {
	subs []subscriber
}

func (b *bus) subscribe(name string) <-chan string {
	ch := make(chan string, 10)
	b.subs = append(b.subs, subscriber{name, ch})
	return ch
}

func (b *bus) publish(event string) {
	for _, s := range b.subs {
		s.ch <- s.name + " got " + event
	}
}

func (b *bus) close() {
	for _, s := range b.subs {
		close(s.ch)
	}
}

func main() {
	var b bus
	alice := b.subscribe("alice")
	bob := b.subscribe("bob")
	b.publish("start")
	b.publish("tick")
	carol := b.subscribe("carol")
	b.publish("stop")
	b.close()
	for _, ch := range []<-chan string{alice, bob, carol} {
		for msg := range ch {
			fmt.Println(msg)
		}
	}
}
